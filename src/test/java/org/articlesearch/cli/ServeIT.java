package org.articlesearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.articlesearch.ServeProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job as a newcomer runs it: serve with no index, get the sample corpus, stop with a signal. */
class ServeIT {
    @TempDir
    Path dir;

    @Test
    void serveWithNoIndexIndexesTheSampleCorpusAndAnswersUntilStopped() throws Exception {
        ServeProcess serve = ServeProcess.start(List.of(), "--index", dir.resolve("index").toString());
        try (serve) {
            assertTrue(serve.url().startsWith("http://127.0.0.1:"), "loopback by default: " + serve.url());
            assertTrue(serve.output().contains("sample"), "it says it indexed the sample: " + serve.output());
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(serve.url() + "api/search?q=cherry+bomb"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("<mark>cherry bomb</mark>"), r.body());
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(serve.url())).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<input id=\"q\""), "the search page");
        }
        assertTrue(List.of(0, 130, 143).contains(serve.exitValue()), "a clean exit on SIGTERM, was " + serve.exitValue());
    }

    @Test
    void theReadmeServeStartsFromTheCacheTheBuildTrainedAndLeavesNothingWhenStopped() throws Exception {
        Path jar = Path.of(System.getProperty("project.jar", "target/article-search.jar"));
        Path cache = jar.resolveSibling("article-search.aot");
        assertTrue(Runtime.version().feature() >= 25, "the build's JDK writes AOT caches (25 or newer), was " + Runtime.version());
        assertTrue(Files.isRegularFile(cache), "mvn package trained " + cache);
        List<String> before = aotFiles(jar.getParent());
        // AOTMode=on makes a cache the JVM cannot use (stale, another jar) fatal instead of silently ignored.
        ServeProcess serve = ServeProcess.start(List.of("-XX:AOTMode=on", "-XX:AOTCache=" + cache), "--index", dir.resolve("index").toString());
        try (serve) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(serve.url() + "api/search?q=cherry+bomb"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
        }
        assertTrue(!serve.output().contains("AOT"), "nothing about the cache is printed: " + serve.output());
        assertEquals(before, aotFiles(jar.getParent()), "stopping serve writes nothing next to the jar");
    }

    private static List<String> aotFiles(Path dir) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName() + " " + p.toFile().length()).filter(n -> n.contains(".aot")).sorted().toList();
        }
    }

    @Test
    void serveAskedToStopWithItsParentStopsWhenThatProcessExits() throws Exception {
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        String jar = Path.of(System.getProperty("project.jar", "target/article-search.jar")).toAbsolutePath().toString();
        // A parent that starts serve, waits while it indexes and serves, then exits, as Maven does at Ctrl-C.
        String script = "'" + javaCommand + "' -Darticle-search.exitWithParent=true -jar '" + jar + "' serve --port 0 --index '"
                + dir.resolve("parent-index") + "' & echo \"pid $!\"; sleep 12";
        Process parent = new ProcessBuilder("sh", "-c", script).redirectErrorStream(true).start();
        java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(parent.getInputStream()));
        long pid = -1;
        boolean serving = false;
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith("pid ")) pid = Long.parseLong(line.substring(4).strip());
            if (line.startsWith("Serving")) serving = true;
        }
        assertTrue(parent.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "the parent exits");
        assertTrue(pid > 0 && serving, "serve started and served");
        ProcessHandle server = ProcessHandle.of(pid).orElse(null);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (server != null && server.isAlive() && System.nanoTime() < deadline) Thread.sleep(200);
        boolean alive = server != null && server.isAlive();
        if (alive) server.destroyForcibly();
        assertTrue(!alive, "serve stopped when the process that started it exited");
    }
}
