package org.articlesearch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Measures indexing, searching, HTTP and memory against baselines run alongside; see BENCHMARKS.md. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark against raw Lucene and a trivial HTTP endpoint on the BBC corpus repeated N times.",
                "Writes OUT/*.json and OUT/table.md and prints the table. 4 to 7 minutes for 1,10 on 2 cores; 100× adds 6 to 10.",
                "With --vs-solr, only article-search beside a stock Solr instead (issue 16; BENCHMARKS.md)."})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpus/bbc",
            description = "Source articles (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--scale", split = ",", paramLabel = "N", defaultValue = "1,10",
            description = "Copies of the corpus to measure (default: ${DEFAULT-VALUE}).")
    List<Integer> scales;

    @Option(names = "--with-100x", description = "Also measure the corpus repeated 100 times (about 500 MB of text).")
    boolean with100x;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Scaled corpora, indexes and figures (default: target/bench, target/bench-vs-solr with --vs-solr).")
    Path out;

    @Option(names = "--jar", paramLabel = "JAR", description = "The article-search jar serve runs from (default: this one).")
    Path jar;

    @Option(names = "--max-articles", paramLabel = "N", defaultValue = "0",
            description = "Use only the first N source articles (default: all).")
    int maxArticles;

    @Option(names = "--queries", paramLabel = "N", defaultValue = "1200", description = "Generated queries (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--search-rounds", paramLabel = "N", defaultValue = "5",
            description = "Measured passes over the queries in process (default: ${DEFAULT-VALUE}).")
    int searchRounds;

    @Option(names = "--index-repeats", paramLabel = "N", defaultValue = "2",
            description = "Runs of each indexing job below 100×; the best counts (default: ${DEFAULT-VALUE}).")
    int indexRepeats;

    @Option(names = "--http-seconds", paramLabel = "S", defaultValue = "5",
            description = "Measured seconds per endpoint and concurrency (default: ${DEFAULT-VALUE}).")
    double httpSeconds;

    @Option(names = "--split-seconds", paramLabel = "S", defaultValue = "3",
            description = "Seconds spent measuring splitting, at least (default: ${DEFAULT-VALUE}).")
    double splitSeconds;

    @Option(names = "--threads", paramLabel = "N", description = "Indexing threads, engine and baseline (default: one per core).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--profile", description = "Record a Flight Recorder profile of each serve process in OUT.")
    boolean profile;

    @Option(names = "--start-runs", paramLabel = "N", defaultValue = "5",
            description = "Timed start-ups of serve per scale, with the class-data archive and plain each (default: ${DEFAULT-VALUE}).")
    int startRuns;

    @Option(names = "--solr", paramLabel = "URL",
            description = "Also measure the SolrCloud backend on the cluster at this base URL (solr/cloud start prints one): indexing and /api/search at 8 connections, beside the local backend.")
    java.net.URI solr;

    @Option(names = "--solr-shards", paramLabel = "N", defaultValue = "2", description = "Shards of the Solr collections (default: ${DEFAULT-VALUE}).")
    int solrShards;

    @Option(names = "--vs-solr", arity = "0..1", paramLabel = "URL", fallbackValue = "",
            description = {"Instead of the full bench, article-search side by side with stock Solr 9.10 (issue 16): the same split "
                    + "documents in a one-shard collection, then /api/search against Solr's /select (highlighting and facets, and bare) "
                    + "at 8 connections, each server with -Xmx512m, without caches (the queries in order) and with them (a Zipf replay).",
                    "Without URL, starts one Solr node with solr/cloud, so run from the repository root (needs bash and curl; "
                            + "the first time Maven downloads Solr, about 85 MB), and stops it after. With URL (a running SolrCloud "
                            + "node, as solr/cloud start prints), uses it and leaves its caches as they are. Writes OUT/sideBySide.json."})
    String vsSolr;

    @Override
    public Integer call() throws Exception {
        if (out == null) out = Path.of(vsSolr != null ? "target/bench-vs-solr" : "target/bench");
        List<Integer> all = new ArrayList<>(scales);
        if (with100x && !all.contains(100)) all.add(100);
        if (!Files.isDirectory(corpus)) {
            System.err.println("error: no corpus at " + corpus + " (pass --corpus DIR)");
            return 1;
        }
        Path serveJar = jar != null ? jar : ownJar();
        if (serveJar == null || !Files.isRegularFile(serveJar)) {
            System.err.println("error: no article-search jar to run serve from; build it (mvn package) or pass --jar");
            return 1;
        }
        BenchOptions options = new BenchOptions(corpus, all, out, serveJar, maxArticles, queries, searchRounds,
                indexRepeats, httpSeconds, splitSeconds, Math.max(1, threads), profile, Math.max(1, startRuns), solr, Math.max(1, solrShards),
                vsSolr != null, vsSolr == null || vsSolr.isBlank() ? null : java.net.URI.create(vsSolr.strip()));
        new Bench(options, System.out).run();
        System.out.println();
        System.out.print(Files.readString(out.resolve("table.md")));
        System.out.println("\nFigures in " + out.toAbsolutePath().normalize() + "/*.json");
        return 0;
    }

    /** The jar this class was loaded from, or the one Maven builds when running from classes. */
    private static Path ownJar() {
        try {
            Path self = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (self.toString().endsWith(".jar")) return self;
        } catch (Exception ignored) {
            // Fall through to the build's jar.
        }
        Path built = Path.of(System.getProperty("project.jar", "target/article-search.jar"));
        return Files.isRegularFile(built) ? built : null;
    }
}
