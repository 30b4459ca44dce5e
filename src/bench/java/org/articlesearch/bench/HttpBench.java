package org.articlesearch.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop load generator on loopback: N virtual threads, each with its own request in flight
 * at a time, so N bounds the concurrent connections. The same generator drives {@code /api/search}
 * and the trivial {@code /api/ping}, which is the floor HTTP alone costs on this machine.
 */
public final class HttpBench {
    private HttpBench() {
    }

    /**
     * One endpoint at one concurrency.
     *
     * @param endpoint    "ping" or "search"
     * @param connections concurrent requests (and connections)
     * @param requests    answered requests in the measured window
     * @param errors      failures and non-200 answers
     * @param rps         answered requests per second
     * @param latency     time from sending to the whole body received
     * @param firstError  what went wrong first, or null
     */
    public record Load(String endpoint, int connections, long requests, long errors, double rps, Latency latency,
                       String firstError) {
    }

    /** Sends requests to {@code uris} in turn from {@code connections} threads: {@code warmup} seconds unmeasured, then {@code seconds} measured. */
    public static Load run(String endpoint, List<URI> uris, int connections, double warmup, double seconds)
            throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest[] requests = uris.stream()
                .map(u -> HttpRequest.newBuilder(u).timeout(Duration.ofSeconds(30)).build()).toArray(HttpRequest[]::new);
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        long measureFrom = System.nanoTime() + (long) (warmup * 1e9);
        long measureTo = measureFrom + (long) (seconds * 1e9);
        long[][] samples = new long[connections][];
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?>[] work = new Future<?>[connections];
            for (int c = 0; c < connections; c++) {
                int slot = c;
                work[c] = threads.submit(() -> {
                    long[] mine = new long[1024];
                    int n = 0;
                    while (true) {
                        HttpRequest r = requests[Math.floorMod(next.getAndIncrement(), requests.length)];
                        long t0 = System.nanoTime();
                        if (t0 >= measureTo) break;
                        String error = null;
                        try {
                            HttpResponse<byte[]> answer = client.send(r, HttpResponse.BodyHandlers.ofByteArray());
                            if (answer.statusCode() != 200) error = answer.statusCode() + " from " + r.uri();
                        } catch (java.io.IOException e) {
                            error = e + " from " + r.uri();
                        }
                        long t1 = System.nanoTime();
                        if (t0 < measureFrom || t1 > measureTo) continue;
                        if (error != null) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, error);
                            continue;
                        }
                        if (n == mine.length) mine = java.util.Arrays.copyOf(mine, n * 2);
                        mine[n++] = t1 - t0;
                    }
                    samples[slot] = java.util.Arrays.copyOf(mine, n);
                    return null;
                });
            }
            for (Future<?> f : work) f.get();
        }
        client.close();
        long[] all = java.util.Arrays.stream(samples).flatMapToLong(java.util.Arrays::stream).toArray();
        return new Load(endpoint, connections, all.length, errors.get(), all.length / seconds, Latency.of(all),
                firstError.get());
    }
}
