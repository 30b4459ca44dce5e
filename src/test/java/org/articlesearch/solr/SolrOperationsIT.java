package org.articlesearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.articlesearch.ServeProcess;
import org.articlesearch.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What running on SolrCloud is for, shown on the build's 2-node cluster: a rebuild while {@code serve
 * --solr} answers a steady load, and a node killed (SIGKILL) under load with 2 replicas of every shard.
 */
class SolrOperationsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Path SEED = Shared.path("corpus/seed/runaways.txt");
    private static final Path BBC_TECH = Shared.path("corpus/bbc/tech");

    @TempDir
    Path dir;

    /** Requests made by a few threads until stopped; every answer's status and time kept. */
    static final class Load implements AutoCloseable {
        record Answer(long startNanos, long atNanos, int status, String body) {
        }

        final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Thread> threads = new ArrayList<>();

        Load(String url, int threads) {
            for (int i = 0; i < threads; i++) {
                this.threads.add(Thread.ofPlatform().start(() -> {
                    while (running.get()) {
                        long start = System.nanoTime();
                        int status;
                        String body;
                        try {
                            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            status = r.statusCode();
                            body = r.body();
                        } catch (IOException e) {
                            status = -1;
                            body = e.toString();
                        } catch (InterruptedException e) {
                            return;
                        }
                        answers.add(new Answer(start, System.nanoTime(), status, body));
                    }
                }));
            }
        }

        List<Answer> failed() {
            return answers.stream().filter(a -> a.status() != 200).toList();
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            for (Thread t : threads) t.join(30_000);
        }
    }

    @Test
    void aRebuildUnderLoadThroughServeFailsNoRequestAndTheAnswersComeFromTheNewCollection() throws Exception {
        String solr = SolrParityIT.clusterUrl();
        assertEquals(0, SolrCloudIT.run("index", "--solr", solr, "--collection", "live", "--input", Shared.require(SEED).toString()).exit());
        List<String> before = SolrCloudIT.collectionsOf(solr, "live");
        try (ServeProcess serve = ServeProcess.start(List.of(), "--solr", solr, "--collection", "live")) {
            String oldOnly = serve.url() + "api/search?q=runaways";
            String newOnly = serve.url() + "api/search?q=broadband";
            assertTrue(total(oldOnly) > 0);
            assertEquals(0, total(newOnly));
            long rebuildMillis;
            try (Load load = new Load(serve.url() + "api/search?q=music&type=quote", 4)) {
                long started = System.nanoTime();
                SolrCloudIT.Run rebuilt = SolrCloudIT.run("index", "--solr", solr, "--collection", "live", "--shards", "2", "--input",
                        Shared.require(BBC_TECH).toString());
                rebuildMillis = (System.nanoTime() - started) / 1_000_000;
                assertEquals(0, rebuilt.exit(), rebuilt.err());
                Thread.sleep(1_000);
                load.close();
                assertTrue(load.answers.size() > 20, "the load ran: " + load.answers.size() + " requests");
                assertEquals(List.of(), load.failed(), "no request failed while the collection was rebuilt");
                System.out.printf(Locale.ROOT, "rebuild of %s under load: %d requests, none failed, rebuild %.1f s%n", BBC_TECH,
                        load.answers.size(), rebuildMillis / 1000.0);
            }
            assertTrue(total(newOnly) > 0, "answers come from the new collection");
            assertEquals(0, total(oldOnly), "and no longer from the old one");
        }
        List<String> after = SolrCloudIT.collectionsOf(solr, "live");
        assertFalse(after.equals(before));
        assertFalse(SolrCloudIT.allCollections(solr).contains(before.getFirst()), "the old collection is deleted");
    }

    @Test
    void withTwoReplicasSearchesAreStillAnsweredWhenANodeIsKilled() throws Exception {
        String solr = SolrParityIT.clusterUrl();
        SolrCloudIT.Run built = SolrCloudIT.run("index", "--solr", solr, "--collection", "failover", "--shards", "2", "--replicas", "2",
                "--input", Shared.require(BBC_TECH).toString());
        assertEquals(0, built.exit(), built.err());
        try (ServeProcess serve = ServeProcess.start(List.of(), "--solr", solr, "--collection", "failover")) {
            String url = serve.url() + "api/search?q=" + "broadband";
            long expected = total(url);
            assertTrue(expected > 0);
            long stoppedAt;
            Load load = new Load(url, 4);
            try {
                Thread.sleep(2_000);
                stoppedAt = System.nanoTime();
                cloud("stop-node", "2", "--kill"); // a crash: no goodbye to ZooKeeper, whose session outlives it
                Thread.sleep(8_000);
            } finally {
                load.close();
                cloud("start-node", "2");
            }
            List<Load.Answer> after = load.answers.stream().filter(a -> a.atNanos() > stoppedAt).toList();
            List<Load.Answer> failed = load.failed();
            long lastFailureMillis = failed.stream().mapToLong(a -> (a.atNanos() - stoppedAt) / 1_000_000).max().orElse(0);
            long slowest = after.stream().mapToLong(a -> (a.atNanos() - a.startNanos()) / 1_000_000).max().orElse(0);
            System.out.printf(Locale.ROOT, "node 2 of 2 killed under load: %d requests after, %d failed, the last %d ms after the kill; slowest %d ms%n",
                    after.size(), failed.size(), lastFailureMillis, slowest);
            assertTrue(after.size() > 20, "searches went on after the stop: " + after.size());
            long lateFailures = failed.stream().filter(a -> a.atNanos() - stoppedAt > TimeUnit.SECONDS.toNanos(3)).count();
            assertEquals(0, lateFailures, "no search fails once failover is done (3 s after the stop): " + failed);
            for (Load.Answer a : after.subList(Math.max(0, after.size() - 5), after.size())) {
                assertEquals(expected, JSON.readTree(a.body()).get("total").asLong(), "every document is still found, from the other replica");
            }
        }
    }

    private static void cloud(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "solr/cloud"));
        command.addAll(List.of(args));
        command.addAll(List.of("--dir", System.getProperty("solr.cloud.dir", "target/solr-cloud")));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(180, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
    }

    private static long total(String url) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode result = JSON.readTree(r.body());
        return result.get("total").asLong();
    }
}
