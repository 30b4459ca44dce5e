package org.articlesearch.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The bench times serve as the README starts it. */
class ServeProcessTest {
    @Test
    void theBenchUsesTheJvmOptionsOfTheReadmeServeCommand() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        String options = String.join(" ", ServeProcess.archiveOptions(Path.of("${project.build.directory}/article-search.jsa")));
        assertTrue(pom.contains("<commandlineArgs>" + options + " -jar "), "pom.xml's exec:exec runs " + options);
    }
}
