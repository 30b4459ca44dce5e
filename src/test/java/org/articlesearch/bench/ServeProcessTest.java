package org.articlesearch.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The bench times serve as the README starts it. */
class ServeProcessTest {
    @Test
    void theBenchUsesTheJvmOptionsOfTheReadmeServeCommand() throws Exception {
        // The README's command also asks serve to stop with Maven; the bench starts serve itself, so it
        // has no Maven to stop with, and that option changes nothing that is timed.
        String pom = Files.readString(Path.of("pom.xml")).replace(" -Darticle-search.exitWithParent=true", "");
        Path cache = Path.of("${project.build.directory}/article-search.aot");
        String jar = " -jar ${project.build.directory}/article-search.jar ";
        String training = String.join(" ", ServeProcess.trainingOptions(cache));
        String cached = String.join(" ", ServeProcess.cachedOptions(cache));
        assertTrue(pom.contains("<commandlineArgs>" + training + jar + "serve --aot-training</commandlineArgs>"),
                "pom.xml's package trains the cache with " + training);
        assertTrue(pom.contains("<commandlineArgs>" + cached + jar + "${app.args}</commandlineArgs>"), "pom.xml's exec:exec runs " + cached);
    }
}
