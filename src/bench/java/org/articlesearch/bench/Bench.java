package org.articlesearch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The whole benchmark: for each scale, make the corpus, index it (engine and plain Lucene), measure
 * its size, search it in process and over HTTP, and watch {@code serve}'s memory; split the 1× corpus
 * alone. Writes {@code out/*.json} and {@code out/table.md}, and prints the table.
 */
public final class Bench {
    private final BenchOptions options;
    private final PrintStream log;
    private BenchReport report;

    public Bench(BenchOptions options, PrintStream log) {
        this.options = options;
        this.log = log;
    }

    public BenchReport run() throws Exception {
        Files.createDirectories(options.out());
        report = new BenchReport(machine());
        ScaledCorpus once = ScaledCorpus.make(options.corpus(), 1, options.maxArticles(), options.out());
        LoadedCorpus base = LoadedCorpus.read(once.dir());
        report.queries = QuerySet.generate(base, options.queries(), QuerySet.SEED);
        if (options.vsSolr()) {
            sideBySide();
            return report;
        }
        step("splitting %,d articles on one thread", base.articles().size());
        SplitBench.Run split = SplitBench.measure(base, options.splitSeconds());
        report.splitting = new Figures.Splitting(base.articles().size(), split, split.megabytesPerCpuSecond());
        for (int scale : options.scales()) {
            runScale(scale, scale == 1 ? base : null);
            report.write(options.out()); // a long run keeps what it has measured so far
        }
        report.write(options.out());
        return report;
    }

    private void runScale(int scale, LoadedCorpus loadedOnce) throws Exception {
        step("%d×: making the corpus", scale);
        ScaledCorpus corpus = ScaledCorpus.make(options.corpus(), scale, options.maxArticles(), options.out());
        Path index = options.out().resolve("index-" + scale + "x");
        Path plainIndex = options.out().resolve("plain-" + scale + "x");
        IndexBench.Run engine = null, plain = null;
        LoadedCorpus loaded = scale <= BenchOptions.MAX_BASELINE_SCALE
                ? (loadedOnce != null ? loadedOnce : LoadedCorpus.read(corpus.dir())) : null;
        int repeats = loaded == null ? 1 : options.indexRepeats();
        for (int r = 0; r < repeats; r++) {
            // Baseline and engine alternate, so both see the same warm JIT and the same neighbours.
            if (loaded != null) {
                step("%d×: plain Lucene loop, run %d of %d", scale, r + 1, repeats);
                plain = best(plain, IndexBench.plainLucene(loaded, plainIndex, options.threads()));
            }
            step("%d×: article-search index, run %d of %d", scale, r + 1, repeats);
            engine = best(engine, IndexBench.engine(corpus.dir(), index, options.threads()));
        }
        ScaledCorpus.deleteTree(plainIndex);
        report.indexing.add(new Figures.Indexing(scale, corpus.articles(), engine.documents(), corpus.textBytes() / 1e6,
                engine, plain, plain == null ? 0 : engine.docsPerSecond() / plain.docsPerSecond()));
        long indexBytes = ScaledCorpus.sizeOf(index);
        report.size.add(new Figures.Size(scale, corpus.textBytes(), indexBytes, (double) indexBytes / corpus.textBytes()));
        loaded = null; // the split corpus may be a gigabyte: let it go before searching

        step("%d×: %,d queries in process, %d rounds", scale, report.queries.size(), options.searchRounds());
        SearchBench.Result s = SearchBench.measure(index, report.queries, options.searchRounds());
        report.search.add(new Figures.Search(scale, s, s.engine().p50Ms() / s.bare().p50Ms(),
                s.engine().p99Ms() / s.bare().p99Ms(), s.engineQps() / s.bareQps()));

        step("%d×: serve start-up, with the AOT cache and plain, %d runs each", scale, options.startRuns());
        ServeProcess.StartUp startUp = ServeProcess.measureStartUp(options.jar(), index,
                options.out().resolve("serve-" + scale + "x.aot"), options.startRuns());

        step("%d×: serve with -Xmx%s, HTTP load", scale, ServeProcess.MAX_HEAP);
        Path jfr = options.profile() ? options.out().resolve("serve-" + scale + "x.jfr") : null;
        try (ServeProcess serve = ServeProcess.start(options.jar(), index, options.out().resolve("serve-" + scale + "x-gc.log"), jfr)) {
            List<URI> search = new ArrayList<>();
            for (BenchQuery q : report.queries) search.add(serve.base().resolve("/api/search?" + q.urlQuery()));
            List<URI> ping = List.of(serve.base().resolve("/api/ping"));
            double warmup = Math.min(2, options.httpSeconds() / 2);
            // One unmeasured pass warms the server's JIT on both paths before any level counts.
            HttpBench.run("search", search, 8, 0, warmup * 2);
            HttpBench.run("ping", ping, 8, 0, warmup);
            List<Figures.HttpLevel> levels = new ArrayList<>();
            long errors = 0;
            for (int c : BenchOptions.CONNECTIONS) {
                HttpBench.Load p = HttpBench.run("ping", ping, c, warmup / 2, options.httpSeconds());
                HttpBench.Load q = HttpBench.run("search", search, c, warmup / 2, options.httpSeconds());
                errors += p.errors() + q.errors();
                levels.add(new Figures.HttpLevel(c, p, q, q.rps() / p.rps()));
                step("%d×: %d connections: search %,.0f req/s, ping %,.0f req/s", scale, c, q.rps(), p.rps());
                if (q.firstError() != null || p.firstError() != null) {
                    step("%d×: %d connections: errors %s / %s", scale, c, q.firstError(), p.firstError());
                }
            }
            report.http.add(new Figures.Http(scale, levels));
            ServeProcess.Memory memory = serve.memory();
            report.serve.add(new Figures.Serve(scale, startUp.cachedMs(), startUp.plainMs(), memory,
                    serve.alive() && errors == 0));
        }
        if (options.solr() != null) runSolr(scale, corpus, engine);
    }

    /**
     * The Solr backend on the same corpus and queries: {@code index --solr} into a new collection of
     * the chosen shards, then {@code serve --solr} under the same load as the local serve had just
     * before. The collection is dropped afterwards.
     */
    private void runSolr(int scale, ScaledCorpus corpus, IndexBench.Run localIndexing) throws Exception {
        String alias = "bench_" + scale + "x";
        org.articlesearch.solr.SolrRebuild.drop(options.solr(), alias);
        step("%d×: index --solr, %d shards", scale, options.solrShards());
        IndexBench.Run indexing = IndexBench.solr(corpus.dir(), options.solr(), alias, options.solrShards(), options.threads());
        step("%d×: index --solr: %,.0f docs/s (local %,.0f)", scale, indexing.docsPerSecond(), localIndexing.docsPerSecond());
        step("%d×: serve --solr with -Xmx%s, HTTP load at 8 connections", scale, ServeProcess.MAX_HEAP);
        try (ServeProcess serve = ServeProcess.startSolr(options.jar(), options.solr(), alias, options.out().resolve("serve-solr-" + scale + "x-gc.log"))) {
            List<URI> search = new ArrayList<>();
            for (BenchQuery q : report.queries) search.add(serve.base().resolve("/api/search?" + q.urlQuery()));
            double warmup = Math.min(2, options.httpSeconds() / 2);
            // Solr's nodes may have just started, their JIT cold: a longer unmeasured pass than the local serve's.
            HttpBench.run("search", search, 8, 0, Math.max(10, warmup * 2));
            HttpBench.Load load = HttpBench.run("search", search, 8, warmup / 2, options.httpSeconds());
            HttpBench.Load local = null;
            for (Figures.Http h : report.http) {
                if (h.scale() != scale) continue;
                for (Figures.HttpLevel l : h.levels()) if (l.connections() == 8) local = l.search();
            }
            report.solr.add(new Figures.SolrBackend(scale, options.solrShards(), indexing, localIndexing, load, local));
            step("%d×: serve --solr: %,.0f req/s, p50 %.1f ms, p99 %.1f ms, %d errors%s", scale, load.rps(), load.latency().p50Ms(),
                    load.latency().p99Ms(), load.errors(), load.firstError() == null ? "" : " (" + load.firstError() + ")");
        } finally {
            org.articlesearch.solr.SolrRebuild.drop(options.solr(), alias);
        }
    }

    /**
     * Only the side by side with stock Solr, at every scale: on the node at the URL given, or on one
     * started here and stopped whatever happens.
     */
    private void sideBySide() throws Exception {
        StockSolr started = null;
        try {
            URI url = options.vsSolrUrl();
            if (url == null) {
                step("starting a stock Solr node (solr/cloud, -Xmx%s)", ServeProcess.MAX_HEAP);
                started = StockSolr.start(StockSolr.SCRIPT, options.out().resolve("solr-vs"), false);
                url = started.url();
            }
            SideBySideBench bench = new SideBySideBench(options, report.queries, started, url, this::step);
            for (int scale : options.scales()) {
                report.sideBySide.add(bench.measure(scale));
                report.write(options.out()); // a long run keeps what it has measured so far
            }
        } finally {
            if (started != null) started.close();
        }
        report.write(options.out());
    }

    private static IndexBench.Run best(IndexBench.Run a, IndexBench.Run b) {
        return a == null || b.docsPerSecond() > a.docsPerSecond() ? b : a;
    }

    private void step(String format, Object... args) {
        double load = loadAverage();
        report.loadAverages.add(load);
        log.printf(Locale.ROOT, "[bench %s load %.1f] %s%n", java.time.LocalTime.now().withNano(0), load,
                String.format(Locale.ROOT, format, args));
    }

    /** The 1-minute load average: on a shared machine, how much else was running (0 where unknown). */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static Figures.Machine machine() {
        String cpu = "unknown CPU";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).strip();
                    break;
                }
            }
        } catch (IOException ignored) {
            // Not Linux: the CPU stays unnamed.
        }
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() >> 20;
        return new Figures.Machine(cpu, Runtime.getRuntime().availableProcessors(), memory,
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                "Java " + Runtime.version(), ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }
}
