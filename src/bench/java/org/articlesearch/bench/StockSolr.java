package org.articlesearch.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A single stock Solr 9.10 node for the side-by-side bench, started with the project's
 * {@code solr/cloud} script (Solr from Maven Central, the configset from the jar) and stopped on
 * close, or at JVM exit if the bench dies first. Its caches are switched by the configset's system
 * properties, so switching them restarts the node on the same port, keeping its collections.
 */
final class StockSolr implements AutoCloseable {
    /** Where the script is, from the repository root. */
    static final Path SCRIPT = Path.of("solr", "cloud");
    /** The configset's caches at size 0: Solr then keeps no filter sets, result pages or documents. */
    static final String NO_CACHES = "-Dsolr.filterCache.size=0 -Dsolr.queryResultCache.size=0 -Dsolr.documentCache.size=0";
    static final String CACHES_OFF = "none (filter, query result and document caches of size 0)";
    /**
     * The configset's caches, the query result cache as large as serve's result cache, so both sides
     * may remember as many answers.
     */
    static final String WITH_CACHES = "-Dsolr.queryResultCache.size=" + org.articlesearch.search.ResultCache.DEFAULT_ENTRIES;
    static final String CACHES_ON = "filter and document caches of 512 entries (the configset's), query result cache of "
            + org.articlesearch.search.ResultCache.DEFAULT_ENTRIES + " (as serve's result cache)";

    private final Path script;
    private final Path dir;
    private final Thread stopAtExit;
    private URI url;
    private boolean caches;
    private boolean running;

    private StockSolr(Path script, Path dir) {
        this.script = script;
        this.dir = dir;
        this.stopAtExit = new Thread(this::stopQuietly, "stop-solr");
    }

    /** Starts a fresh node in {@code dir} with the given caches and a heap of {@value ServeProcess#MAX_HEAP}. */
    static StockSolr start(Path script, Path dir, boolean caches) throws IOException, InterruptedException {
        if (!Files.isExecutable(script)) {
            throw new IOException("no " + script + " here: run the bench from the repository root, or pass --vs-solr=URL");
        }
        StockSolr solr = new StockSolr(script.toAbsolutePath(), dir.toAbsolutePath());
        Runtime.getRuntime().addShutdownHook(solr.stopAtExit);
        try {
            solr.launch(List.of("--port", "0", "--fresh"), caches);
        } catch (IOException | InterruptedException | RuntimeException e) {
            solr.close();
            throw e;
        }
        return solr;
    }

    URI url() {
        return url;
    }

    boolean caches() {
        return caches;
    }

    /** Restarts the node with its caches on or off (nothing to do when they already are); collections stay. */
    void caches(boolean on, List<String> collections) throws IOException, InterruptedException {
        if (on == caches) return;
        stop();
        // The same port: the node's name in ZooKeeper, which its replicas belong to, includes it.
        launch(List.of("--port", Integer.toString(url.getPort())), on);
        for (String c : collections) awaitAnswers(c);
    }

    private void launch(List<String> where, boolean withCaches) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(script.toString(), "start", "--nodes", "1", "--dir", dir.toString()));
        command.addAll(where);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("SOLR_HEAP", ServeProcess.MAX_HEAP);
        // The same Java as article-search's serve, unless the user chose one for Solr.
        env.putIfAbsent("SOLR_JAVA", ServeProcess.java());
        String opts = env.getOrDefault("SOLR_OPTS", "");
        env.put("SOLR_OPTS", (opts + " " + (withCaches ? WITH_CACHES : NO_CACHES)).strip());
        running = true;
        String output = run(pb, 15);
        String[] lines = output.strip().split("\n");
        String last = lines[lines.length - 1].strip();
        if (!last.startsWith("http")) throw new IOException("solr/cloud start printed no URL:\n" + output);
        if (output.contains("already running")) {
            throw new IOException("a Solr started from " + dir + " was already running, with caches unknown: stop it (solr/cloud stop --dir " + dir + ")");
        }
        url = URI.create(last);
        caches = withCaches;
    }

    /** Waits until {@code collection} (or alias) answers a search: after a restart its core opens after the node is up. */
    void awaitAnswers(String collection) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest ask = HttpRequest.newBuilder(URI.create(url + "/" + collection + "/select?q=*:*&rows=0"))
                .timeout(Duration.ofSeconds(30)).build();
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        String last = "";
        while (System.nanoTime() < until) {
            try {
                HttpResponse<String> r = client.send(ask, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) return;
                last = r.statusCode() + " " + r.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(250);
        }
        throw new IOException(collection + " did not answer after the restart: " + last);
    }

    /** The node's resident memory high-water mark (VmHWM) in MB, 0 where unknown. */
    double peakRssMb() {
        try {
            String pid = Files.readString(dir.resolve("node1").resolve("pid")).strip();
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D+", "")) / 1024.0;
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or the node is gone: no figure.
        }
        return 0;
    }

    private void stop() throws IOException, InterruptedException {
        if (!running) return;
        run(new ProcessBuilder(script.toString(), "stop", "--dir", dir.toString()).redirectErrorStream(true), 2);
        running = false;
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (IOException | InterruptedException e) {
            System.err.println("warning: could not stop the bench's Solr (solr/cloud stop --dir " + dir + "): " + e);
        }
    }

    private static String run(ProcessBuilder pb, int minutes) throws IOException, InterruptedException {
        Process p = pb.start();
        // Read as it comes, so a chatty script never blocks on a full pipe.
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", pb.command()) + " took over " + minutes + " minutes");
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) throw new IOException(String.join(" ", pb.command()) + " failed:\n" + text);
        return text;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            stop();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopAtExit);
            } catch (IllegalStateException e) {
                // Already shutting down: the hook runs and finds nothing left to stop.
            }
        }
    }
}
