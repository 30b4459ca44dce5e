package org.articlesearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job as a newcomer runs it: serve with no index, get the sample corpus, stop with a signal. */
class ServeIT {
    private static final Path JAR = Path.of(System.getProperty("project.jar", "target/article-search.jar"));
    private static final Pattern URL = Pattern.compile("at (http://127\\.0\\.0\\.1:(\\d+)/)");

    @TempDir
    Path dir;

    @Test
    void serveWithNoIndexIndexesTheSampleCorpusAndAnswersUntilStopped() throws Exception {
        Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar", JAR.toString(),
                "serve", "--index", dir.resolve("index").toString(), "--port", "0")
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String url = null;
            StringBuilder seen = new StringBuilder();
            for (String line; url == null && (line = out.readLine()) != null; ) {
                seen.append(line).append('\n');
                Matcher m = URL.matcher(line);
                if (m.find()) url = m.group(1);
            }
            assertTrue(url != null, "serve prints its URL: " + seen);
            assertTrue(seen.toString().contains("sample"), "it says it indexed the sample: " + seen);
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "api/search?q=cherry+bomb"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("<mark>cherry bomb</mark>"), r.body());
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
        } finally {
            p.destroy(); // SIGTERM, as Ctrl-C would
            assertTrue(p.waitFor(15, TimeUnit.SECONDS), "serve stops on a signal");
        }
        assertTrue(List.of(0, 130, 143).contains(p.exitValue()), "clean exit, was " + p.exitValue());
    }
}
