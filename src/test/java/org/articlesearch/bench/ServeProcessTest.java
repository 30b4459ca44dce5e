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
        String training = ServeProcess.trainingOptions(cache).getFirst();
        String cached = ServeProcess.cachedOptions(cache).getFirst();
        assertTrue(pom.contains("<aot.cache.option>" + training + "</aot.cache.option>"), "pom.xml's first run uses " + training);
        assertTrue(pom.contains("<aot.cache.option>" + cached + "</aot.cache.option>"), "pom.xml's later runs use " + cached);
        String rest = String.join(" ", ServeProcess.cachedOptions(cache).subList(1, 3));
        assertTrue(pom.contains("<commandlineArgs>${aot.cache.option} " + rest + " -jar "), "pom.xml's exec:exec runs " + rest);
        assertTrue(rest.equals(String.join(" ", ServeProcess.trainingOptions(cache).subList(1, 3))));
    }
}
