package org.articlesearch.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code article-search serve} as a child process with a bounded heap, as it runs in production: it
 * measures start-up to the first answered query, and afterwards its peak memory from the kernel
 * ({@code /proc/PID/status}) and its heap from the GC log.
 */
public final class ServeProcess implements AutoCloseable {
    public static final String MAX_HEAP = "512m";
    private static final Pattern URL = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)");
    /** A G1 or Serial log line's heap change: "Pause Young (Normal) ... 120M->30M(512M)". */
    private static final Pattern GC_HEAP = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private final Process process;
    private final Path gcLog;
    private final URI base;
    private final double readyMillis;

    private ServeProcess(Process process, Path gcLog, URI base, double readyMillis) {
        this.process = process;
        this.gcLog = gcLog;
        this.base = base;
        this.readyMillis = readyMillis;
    }

    /**
     * Starts serve on {@code indexDir} on a free port and waits until {@code /api/search} answers.
     *
     * @param jfr where to write a Flight Recorder profile of the server, or null for none
     */
    public static ServeProcess start(Path jar, Path indexDir, Path gcLog, Path jfr) throws IOException, InterruptedException {
        return start(jar, indexDir, gcLog, jfr, List.of(), 0);
    }

    /**
     * As {@link #start(Path, Path, Path, Path)}, with more JVM options ({@code -Darticle-search.queryCache=false}),
     * keeping the last {@code resultCache} results ({@code serve --result-cache}). The bench replays a few hundred queries many times a second, and a result cache would answer nearly all of
     * them from memory and measure nothing else: searches are measured with 0, and the cache only on a
     * realistic replay (the side-by-side's Zipf draw).
     */
    public static ServeProcess start(Path jar, Path indexDir, Path gcLog, Path jfr, List<String> moreOptions, int resultCache)
            throws IOException, InterruptedException {
        List<String> jvmOptions = new ArrayList<>(List.of("-Xmx" + MAX_HEAP, "-Xlog:gc:file=" + gcLog));
        jvmOptions.addAll(moreOptions);
        if (jfr != null) jvmOptions.add("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile");
        Files.deleteIfExists(gcLog);
        return launch(jar, List.of("--index", indexDir.toString(), "--result-cache", Integer.toString(resultCache)), jvmOptions, gcLog);
    }

    /** Starts {@code serve --solr URL --collection NAME} with the same heap, and waits until it answers. */
    public static ServeProcess startSolr(Path jar, URI solr, String collection, Path gcLog) throws IOException, InterruptedException {
        Files.deleteIfExists(gcLog);
        return launch(jar, List.of("--solr", solr.toString(), "--collection", collection),
                List.of("-Xmx" + MAX_HEAP, "-Xlog:gc:file=" + gcLog), gcLog);
    }

    /**
     * The JVM options of the build's training run of the AOT cache ({@code mvn package}, see pom.xml):
     * {@code serve --aot-training} writes the cache when it exits.
     */
    public static List<String> trainingOptions(Path cache) {
        return readmeOptions("-XX:AOTCacheOutput=" + cache);
    }

    /** The JVM options of the README's serve command once the AOT cache exists: classes start loaded and linked from it. */
    public static List<String> cachedOptions(Path cache) {
        return readmeOptions("-XX:AOTCache=" + cache);
    }

    /** The cache flag, then what the pom's {@code commandlineArgs} always add. */
    private static List<String> readmeOptions(String cacheFlag) {
        return List.of(cacheFlag, "-XX:+IgnoreUnrecognizedVMOptions", "-Xlog:all=off");
    }

    /**
     * Median milliseconds from launching the JVM to the first answered search: as the README runs
     * serve, with the AOT cache, and as a plain {@code java -jar} cold start.
     */
    public record StartUp(double cachedMs, double plainMs, int runs) {
    }

    /**
     * Times start-up as deployed and plain. The build's training run writes the cache first and is not
     * timed; then plain and cached starts alternate, so both see the same neighbours.
     */
    public static StartUp measureStartUp(Path jar, Path indexDir, Path cache, int runs) throws IOException, InterruptedException {
        // A cache written for another jar would be ignored, silently and for good: start afresh.
        Files.deleteIfExists(cache);
        train(jar, cache);
        List<String> cached = cachedOptions(cache);
        double[] withCache = new double[runs], plain = new double[runs];
        for (int i = 0; i < runs; i++) {
            try (ServeProcess p = launch(jar, indexDir, List.of(), null)) {
                plain[i] = p.readyMillis();
            }
            try (ServeProcess p = launch(jar, indexDir, cached, null)) {
                withCache[i] = p.readyMillis();
            }
        }
        return new StartUp(median(withCache), median(plain), runs);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Runs {@code serve --aot-training} as {@code mvn package} does, and checks that it wrote the cache. */
    private static void train(Path jar, Path cache) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(trainingOptions(cache));
        command.addAll(List.of("-jar", jar.toString(), "serve", "--aot-training"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0 || !Files.isRegularFile(cache)) {
            throw new IOException("the training run wrote no AOT cache at " + cache + ": " + output);
        }
    }

    private static ServeProcess launch(Path jar, Path indexDir, List<String> jvmOptions, Path gcLog) throws IOException, InterruptedException {
        return launch(jar, List.of("--index", indexDir.toString()), jvmOptions, gcLog);
    }

    private static ServeProcess launch(Path jar, List<String> where, List<String> jvmOptions, Path gcLog) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "serve", "--port", "0"));
        command.addAll(where);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            CompletableFuture<String> url = new CompletableFuture<>();
            List<String> output = new ArrayList<>();
            Thread reader = Thread.ofPlatform().daemon().name("serve-output").start(() -> drain(p, url, output));
            String found = url.get(60, TimeUnit.SECONDS);
            if (found == null) throw new IOException("serve exited before it listened: " + output);
            URI base = URI.create(found);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest first = HttpRequest.newBuilder(base.resolve("/api/search?q=said")).timeout(Duration.ofSeconds(30)).build();
            while (true) {
                try {
                    if (client.send(first, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) break;
                } catch (IOException e) {
                    if (!p.isAlive()) throw new IOException("serve died: " + output, e);
                }
                Thread.sleep(5);
            }
            double ready = (System.nanoTime() - t0) / 1e6;
            reader.setName("serve-output " + p.pid());
            return new ServeProcess(p, gcLog, base, ready);
        } catch (Exception e) {
            p.destroyForcibly();
            if (e instanceof IOException io) throw io;
            if (e instanceof InterruptedException ie) throw ie;
            throw new IOException("serve did not start", e);
        }
    }

    /** Reads the child's output so it never blocks on a full pipe; hands over the URL line. */
    private static void drain(Process p, CompletableFuture<String> url, List<String> output) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (url.isDone()) continue;
                synchronized (output) {
                    output.add(line);
                }
                Matcher m = URL.matcher(line);
                if (m.find()) url.complete(m.group(1));
            }
        } catch (IOException ignored) {
            // The child was stopped; nothing more to read.
        }
        url.complete(null);
    }

    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    public URI base() {
        return base;
    }

    /** From starting the JVM to the first answered search, in milliseconds. */
    public double readyMillis() {
        return readyMillis;
    }

    /**
     * What the server used so far.
     *
     * @param peakRssMb     the kernel's high-water mark of resident memory (VmHWM)
     * @param rssMb         resident memory now
     * @param peakHeapMb    the most heap in use before any collection (from the GC log; at least the heap in use now)
     * @param liveHeapMb    the most heap still in use after a collection: what the data needs
     * @param maxHeapMb     the heap limit
     * @param collections   GC pauses
     * @param fullCollections full collections (a sign the heap is too small)
     */
    public record Memory(double peakRssMb, double rssMb, double peakHeapMb, double liveHeapMb, double maxHeapMb,
                         int collections, int fullCollections) {
    }

    public Memory memory() throws IOException, InterruptedException {
        double hwm = 0, rss = 0;
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
            if (line.startsWith("VmHWM:")) hwm = kilobytes(line) / 1024.0;
            if (line.startsWith("VmRSS:")) rss = kilobytes(line) / 1024.0;
        }
        double peak = heapInUseNowMb(), live = 0, max = 0;
        int pauses = 0, full = 0;
        if (gcLog != null && Files.exists(gcLog)) {
            for (String line : Files.readAllLines(gcLog)) {
                Matcher m = GC_HEAP.matcher(line);
                if (!m.find()) continue;
                pauses++;
                if (line.contains("Pause Full")) full++;
                peak = Math.max(peak, Double.parseDouble(m.group(1)));
                live = Math.max(live, Double.parseDouble(m.group(2)));
                max = Math.max(max, Double.parseDouble(m.group(3)));
            }
        }
        return new Memory(hwm, rss, peak, live, max, pauses, full);
    }

    private static long kilobytes(String statusLine) {
        return Long.parseLong(statusLine.replaceAll("\\D+", ""));
    }

    /** The heap in use now, by {@code jcmd PID GC.heap_info}; 0 when jcmd is not at hand. */
    private double heapInUseNowMb() throws InterruptedException {
        Path jcmd = Path.of(java()).resolveSibling("jcmd");
        if (!Files.isExecutable(jcmd)) return 0;
        try {
            Process p = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "GC.heap_info")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
            Matcher m = Pattern.compile("used (\\d+)K").matcher(out);
            return m.find() ? Long.parseLong(m.group(1)) / 1024.0 : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Stops the server as Ctrl-C would, so a Flight Recorder profile is written out. */
    @Override
    public void close() throws InterruptedException {
        // SIGTERM through the handle, which leaves the output pipe open: Process.destroy closes it
        // first, and a JVM that cannot print at exit may not finish writing its profile.
        process.toHandle().destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
    }
}
