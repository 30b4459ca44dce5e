package org.articlesearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articlesearch.ServeProcess;
import org.articlesearch.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A minute at 64 concurrent connections against {@code serve} over the BBC corpus in a 256 MB heap,
 * with a rebuild by {@code index} in the middle: no failed request, answers switch to the new index,
 * and the heap in use after a full GC does not grow. Runs in the {@code long}
 * Maven profile ({@code mvn verify -Plong}), which {@code .ci/run} runs too.
 */
@EnabledIfSystemProperty(named = "long.tests", matches = "true")
class SustainedLoadIT {
    private static final Path BBC = Shared.path("corpus/bbc");
    private static final int CONNECTIONS = 64;
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("load.seconds", 60));
    private static final String[] WORDS = {"government", "music", "film", "phone", "market", "election", "\"chief executive\"",
            "said", "Blair", "growth", "games", "champion", "\"prime minister\"", "oil", "court", "software", "award"};
    private static final String[] TYPES = {"", "&type=quote", "&type=paragraph", "&type=quote,caption"};

    @TempDir
    Path dir;

    @Test
    void aMinuteAt64ConnectionsFailsNothingAndKeepsMemoryFlat() throws Exception {
        try (ServeProcess server = ServeProcess.start(List.of("-Xmx256m"), "--index", dir.resolve("index").toString(),
                "--input", Shared.require(BBC).toString())) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            AtomicLong ok = new AtomicLong();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Long> latenciesMicros = new ConcurrentLinkedQueue<>();
            long deadline = System.nanoTime() + RUN.toNanos();
            long warmedUp = System.nanoTime() + RUN.toNanos() / 4;
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CONNECTIONS; c++) {
                Random random = new Random(c);
                clients.add(Thread.ofVirtual().start(() -> {
                    while (System.nanoTime() < deadline) {
                        String q = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)];
                        URI uri = URI.create(server.url() + "api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                                + TYPES[random.nextInt(TYPES.length)]);
                        long started = System.nanoTime();
                        try {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() != 200) failures.add(uri + " -> " + r.statusCode());
                            else ok.incrementAndGet();
                        } catch (IOException | InterruptedException e) {
                            failures.add(uri + " -> " + e);
                        }
                        if (started > warmedUp) latenciesMicros.add((System.nanoTime() - started) / 1000);
                    }
                }));
            }
            Thread.sleep(RUN.toMillis() / 4);
            long heapEarly = heapUsedAfterFullGc(server.pid());
            long rssEarly = rssKb(server.pid());

            // Mid-run, `index` rebuilds the served index in another process; answers must switch to it.
            Path extra = Files.createDirectories(dir.resolve("extra"));
            Files.writeString(extra.resolve("airship.txt"), "Airship festival\n\nThe zeppelinfest drew forty airships.\n");
            Process rebuild = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar",
                    System.getProperty("project.jar", "target/article-search.jar"), "index", "--index",
                    dir.resolve("index").toString(), "--input", BBC.resolve("tech").toString(), extra.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertEquals(0, rebuild.waitFor(), "the rebuild under load succeeds");
            long switched = -1;
            for (long waited = 0; waited < 10_000 && switched < 0; waited += 100) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/search?q=zeppelinfest")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.body().contains("airship")) switched = waited;
                else Thread.sleep(100);
            }
            assertTrue(switched >= 0, "answers come from the rebuilt index");
            assertTrue(System.nanoTime() < deadline, "the rebuild finished while the load was still on");
            for (Thread t : clients) t.join();
            long heapLate = heapUsedAfterFullGc(server.pid());
            long rssLate = rssKb(server.pid());

            long[] sorted = latenciesMicros.stream().mapToLong(Long::longValue).sorted().toArray();
            String figures = String.format(Locale.ROOT,
                    "{\"seconds\": %d, \"connections\": %d, \"requests\": %d, \"failed\": %d, \"requestsPerSecond\": %.0f,"
                            + " \"p50Ms\": %.2f, \"p99Ms\": %.2f, \"heapAfterGcEarlyKb\": %d, \"heapAfterGcLateKb\": %d,"
                            + " \"rssEarlyKb\": %d, \"rssLateKb\": %d, \"rebuildVisibleAfterMs\": %d}",
                    RUN.toSeconds(), CONNECTIONS, ok.get() + failures.size(), failures.size(),
                    ok.get() / (double) RUN.toSeconds(), percentile(sorted, 50) / 1000.0, percentile(sorted, 99) / 1000.0,
                    heapEarly, heapLate, rssEarly, rssLate, switched);
            Files.createDirectories(Path.of("target/load"));
            Files.writeString(Path.of("target/load/sustained-load.json"), figures + "\n");
            System.out.println("sustained load: " + figures);

            assertEquals(List.of(), failures.stream().limit(5).toList(), failures.size() + " requests failed");
            assertTrue(ok.get() > 0);
            // Flat: what survives a full GC at the end is within a few MB of what survived a quarter of the way in.
            assertTrue(heapLate <= heapEarly * 1.2 + 8 * 1024, "heap after GC grew from " + heapEarly + " KB to " + heapLate + " KB");
        }
    }

    private static long percentile(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static long rssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", ""));
        }
        return -1;
    }

    /** Heap in use right after a full GC, through the JDK's jcmd (beside the java running this test). */
    private static long heapUsedAfterFullGc(long pid) throws IOException, InterruptedException {
        Path jcmd = Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("jcmd");
        run(jcmd.toString(), String.valueOf(pid), "GC.run");
        String info = run(jcmd.toString(), String.valueOf(pid), "GC.heap_info");
        Matcher m = Pattern.compile("used (\\d+)K").matcher(info);
        assertTrue(m.find(), "jcmd GC.heap_info: " + info);
        return Long.parseLong(m.group(1));
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Arrays.asList(command)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
