package org.articlesearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
}
