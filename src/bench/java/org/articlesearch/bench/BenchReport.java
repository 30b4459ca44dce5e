package org.articlesearch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Writes the figures as JSON, one file per section, and as the Markdown table BENCHMARKS.md quotes. */
public final class BenchReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    final Figures.Machine machine;
    final List<Figures.Indexing> indexing = new ArrayList<>();
    final List<Figures.Size> size = new ArrayList<>();
    final List<Figures.Search> search = new ArrayList<>();
    final List<Figures.Http> http = new ArrayList<>();
    final List<Figures.SolrBackend> solr = new ArrayList<>();
    final List<Figures.Serve> serve = new ArrayList<>();
    final List<Figures.SideBySide> sideBySide = new ArrayList<>();
    Figures.Splitting splitting;
    List<BenchQuery> queries = List.of();
    /** The machine's 1-minute load average at each step: the noise every figure was taken in. */
    final List<Double> loadAverages = new ArrayList<>();

    BenchReport(Figures.Machine machine) {
        this.machine = machine;
    }

    /** Writes {@code machine, indexing, size, search, http, serve, splitting, sideBySide, targets, queries}.json and table.md. */
    void write(Path out) throws IOException {
        Files.createDirectories(out);
        Map<String, Object> files = new LinkedHashMap<>();
        files.put("machine", machine);
        files.put("indexing", indexing);
        files.put("size", size);
        files.put("search", search);
        files.put("http", http);
        files.put("solr", solr);
        files.put("serve", serve);
        files.put("splitting", splitting);
        files.put("sideBySide", sideBySide);
        files.put("targets", targets());
        files.put("load", loadAverages);
        files.put("queries", queries);
        // A section this run did not measure (the side by side measures only its own) writes no file,
        // so it leaves an earlier run's in the same folder alone.
        files.values().removeIf(v -> v == null || v instanceof List<?> l && l.isEmpty());
        for (var e : files.entrySet()) {
            Object content = e.getKey().equals("machine") ? machine : Map.of("machine", machine, e.getKey(), e.getValue());
            JSON.writeValue(out.resolve(e.getKey() + ".json").toFile(), content);
        }
        Files.writeString(out.resolve("table.md"), table());
    }

    /** The targets against this run. */
    List<Figures.Target> targets() {
        List<Figures.Target> t = new ArrayList<>();
        for (Figures.Indexing i : indexing) {
            if (i.plainLucene() == null) continue;
            t.add(new Figures.Target("indexing docs/s vs plain Lucene, " + i.scale() + "×", f2(i.ratio()), "≥ 0.70", i.ratio() >= 0.7));
            t.add(new Figures.Target("indexing uses both cores, " + i.scale() + "×", f2(i.engine().cores()), "≥ 1.5 cores", i.engine().cores() >= 1.5));
        }
        if (splitting != null) {
            double mbs = splitting.megabytesPerSecondPerCore();
            t.add(new Figures.Target("splitting MB/s per core", f1(mbs), "≥ 50", mbs >= 50));
        }
        for (Figures.Search s : search) {
            t.add(new Figures.Target("search p50 vs bare top-10, " + s.scale() + "×", f2(s.p50Ratio()), "≤ 3", s.p50Ratio() <= 3));
            if (s.scale() == 1) {
                double p50 = s.result().engine().p50Ms();
                t.add(new Figures.Target("search p50 ms, 1×", f3(p50), "< 1", p50 < 1));
            }
        }
        for (Figures.Http h : http) {
            for (Figures.HttpLevel l : h.levels()) {
                if (l.connections() == 8) {
                    t.add(new Figures.Target("/api/search req/s vs /api/ping at 8, " + h.scale() + "×", f2(l.rpsRatio()), "≥ 0.50", l.rpsRatio() >= 0.5));
                    double p99 = l.search().latency().p99Ms();
                    double limit = h.scale() >= 100 ? 50 : 10;
                    if (h.scale() == 1 || h.scale() >= 100) {
                        t.add(new Figures.Target("/api/search p99 ms at 8, " + h.scale() + "×", f1(p99), "< " + (int) limit, p99 < limit));
                    }
                }
            }
        }
        for (Figures.Size s : size) {
            t.add(new Figures.Target("index size / raw text, " + s.scale() + "×", f2(s.ratio()), "≤ 1.5", s.ratio() <= 1.5));
        }
        for (Figures.Serve s : serve) {
            if (s.scale() >= 100) {
                t.add(new Figures.Target("serve 100× within a " + ServeProcess.MAX_HEAP + " heap (peak heap MB)",
                        f0(s.memory().peakHeapMb()), "no OOM, no errors", s.survived()));
            }
            t.add(new Figures.Target("ready to answer with an index, " + s.scale() + "× (ms, README's AOT cache)",
                    f0(s.readyMs()), "< 1000", s.readyMs() < 1000));
        }
        for (Figures.SideBySide v : sideBySide) {
            for (Figures.SideBySidePhase p : List.of(v.noCaches(), v.caches())) {
                String where = v.scale() + "×, " + (p == v.noCaches() ? "no caches" : "caches");
                t.add(new Figures.Target("/api/search req/s vs Solr (highlight + facets) at 8, " + where, f2(p.rpsRatio()), "≥ 2", p.rpsRatio() >= 2));
                t.add(new Figures.Target("/api/search p99 vs Solr's at 8, " + where, f2(p.p99Ratio()), "≤ 0.5", p.p99Ratio() <= 0.5));
                if (v.scale() >= 100) {
                    double p99 = p.ours().latency().p99Ms();
                    t.add(new Figures.Target("/api/search p99 ms at 8, " + where, f1(p99), "< 100", p99 < 100));
                }
            }
        }
        return t;
    }

    /**
     * Where the in-process time goes, by kind of query: the engine, the same Lucene query with every
     * match scored and counted (what totals and facets need), and Lucene's default top ten.
     */
    private static void kindProfile(StringBuilder s, Figures.Search x) {
        s.append(String.format(Locale.ROOT, "%nIn process at %d×, by kind of query (ms, p50 / p99; engine − exact is facets, grouping and hits):%n%n", x.scale()));
        s.append("| kind | queries | mean hits | engine | exact count, top 10 | Lucene top 10 |\n|---|---:|---:|---:|---:|---:|\n");
        for (SearchBench.KindProfile k : x.result().byKind()) {
            s.append(String.format(Locale.ROOT, "| %s | %d | %,.0f | %.2f / %.2f | %.2f / %.2f | %.2f / %.2f |%n", k.kind(), k.queries(), k.meanHits(),
                    k.engine().p50Ms(), k.engine().p99Ms(), k.exact().p50Ms(), k.exact().p99Ms(), k.bare().p50Ms(), k.bare().p99Ms()));
        }
    }

    /** The Markdown table: one column per scale, each figure beside its baseline and ratio. */
    String table() {
        List<Integer> scales = new ArrayList<>();
        for (Figures.Indexing i : indexing) scales.add(i.scale());
        StringBuilder s = new StringBuilder();
        s.append("Machine: ").append(machine.cpu()).append(", ").append(machine.cores()).append(" cores, ")
                .append(machine.memoryMb() / 1024).append(" GB; ").append(machine.java()).append("; ").append(machine.date()).append("\n");
        if (!loadAverages.isEmpty()) {
            s.append(String.format(Locale.ROOT, "Load average (1 min) during the run: %.1f to %.1f on %d cores.%n",
                    loadAverages.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                    loadAverages.stream().mapToDouble(Double::doubleValue).max().orElse(0), machine.cores()));
        }
        s.append('\n');
        if (!scales.isEmpty()) {
            s.append("| figure |");
            for (int sc : scales) s.append(' ').append(sc).append("× |");
            s.append("\n|---|");
            s.append("---:|".repeat(scales.size())).append('\n');
        }
        row(s, "articles / documents", indexing, i -> String.format(Locale.ROOT, "%,d / %,d", i.articles(), i.documents()));
        row(s, "index: engine docs/s (end to end)", indexing, i -> f0(i.engine().docsPerSecond()));
        row(s, "index: plain Lucene docs/s (baseline)", indexing, i -> i.plainLucene() == null ? "–" : f0(i.plainLucene().docsPerSecond()));
        row(s, "index: **ratio** (≥ 0.70)", indexing, i -> i.plainLucene() == null ? "–" : "**" + f2(i.ratio()) + "**");
        row(s, "index: cores busy engine / plain", indexing, i -> f1(i.engine().cores()) + " / "
                + (i.plainLucene() == null ? "–" : f1(i.plainLucene().cores())));
        row(s, "index MB on disk / raw text MB", size, z -> f1(z.indexBytes() / 1e6) + " / " + f1(z.textBytes() / 1e6));
        row(s, "index size: **ratio** (≤ 1.5)", size, z -> "**" + f2(z.ratio()) + "**");
        row(s, "search p50 ms engine / bare", search, x -> f3(x.result().engine().p50Ms()) + " / " + f3(x.result().bare().p50Ms()));
        row(s, "search p99 ms engine / bare", search, x -> f3(x.result().engine().p99Ms()) + " / " + f3(x.result().bare().p99Ms()));
        row(s, "search q/s (1 thread) engine / bare", search, x -> f0(x.result().engineQps()) + " / " + f0(x.result().bareQps()));
        row(s, "search: **p50 ratio** (≤ 3) / p99 / q/s", search, x -> "**" + f2(x.p50Ratio()) + "** / " + f2(x.p99Ratio()) + " / " + f2(x.qpsRatio()));
        for (int c : List.of(1, 8, 32)) {
            row(s, "HTTP " + c + " conn: search / ping req/s", http, h -> level(h, c, l -> f0(l.search().rps()) + " / " + f0(l.ping().rps())));
            row(s, "HTTP " + c + " conn: **ratio**" + (c == 8 ? " (≥ 0.50)" : ""), http, h -> level(h, c, l -> "**" + f2(l.rpsRatio()) + "**"));
            row(s, "HTTP " + c + " conn: search p50 / p99 ms", http, h -> level(h, c, l -> f2(l.search().latency().p50Ms()) + " / " + f2(l.search().latency().p99Ms())));
            row(s, "HTTP " + c + " conn: ping p50 / p99 ms", http, h -> level(h, c, l -> f2(l.ping().latency().p50Ms()) + " / " + f2(l.ping().latency().p99Ms())));
        }
        row(s, "serve: ready to answer ms, AOT cache (< 1000)", serve, v -> f0(v.readyMs()));
        row(s, "serve: ready to answer ms, plain java -jar", serve, v -> f0(v.readyPlainMs()));
        row(s, "serve: peak RSS MB (VmHWM)", serve, v -> f0(v.memory().peakRssMb()));
        row(s, "serve: peak / live heap MB (of " + ServeProcess.MAX_HEAP + ")", serve,
                v -> f0(v.memory().peakHeapMb()) + " / " + f0(v.memory().liveHeapMb()));
        row(s, "serve: GC pauses (full)", serve, v -> v.memory().collections() + " (" + v.memory().fullCollections() + ")");
        for (Figures.Search x : search) kindProfile(s, x);
        if (splitting != null) {
            s.append(String.format(Locale.ROOT, "%nSplitting alone, one thread: **%.1f MB/s per core** (CPU time; target ≥ 50), %.1f MB/s wall; %,d articles, %.1f MB.%n",
                    splitting.megabytesPerSecondPerCore(), splitting.run().megabytes() / splitting.run().seconds(),
                    splitting.articles(), splitting.run().megabytes()));
        }
        if (!solr.isEmpty()) {
            s.append(String.format(Locale.ROOT, "%nSolrCloud backend (stock Solr 9.10, %d shards, 2 nodes of -Xmx512m on this machine) beside the local backend, same run:%n%n",
                    solr.getFirst().shards()));
            s.append("| scale | index docs/s local / Solr | /api/search req/s at 8, local / Solr | p50 ms local / Solr | p99 ms local / Solr |\n|---|---:|---:|---:|---:|\n");
            for (Figures.SolrBackend b : solr) {
                s.append("| ").append(b.scale()).append("× | ").append(f0(b.localIndexing().docsPerSecond())).append(" / ").append(f0(b.indexing().docsPerSecond()))
                        .append(" | ").append(b.local() == null ? "–" : f0(b.local().rps())).append(" / ").append(f0(b.search().rps()))
                        .append(" | ").append(b.local() == null ? "–" : f2(b.local().latency().p50Ms())).append(" / ").append(f2(b.search().latency().p50Ms()))
                        .append(" | ").append(b.local() == null ? "–" : f2(b.local().latency().p99Ms())).append(" / ").append(f2(b.search().latency().p99Ms()))
                        .append(" |\n");
            }
        }
        if (!sideBySide.isEmpty()) sideBySideTable(s);
        s.append("\n| target | this run | limit | met |\n|---|---:|---|---|\n");
        for (Figures.Target t : targets()) {
            s.append("| ").append(t.name()).append(" | ").append(t.value()).append(" | ").append(t.limit())
                    .append(" | ").append(t.met() ? "yes" : "**no**").append(" |\n");
        }
        s.append(String.format(Locale.ROOT, "%n%,d queries (%s), seed %d.%n", queries.size(), kinds(), QuerySet.SEED));
        return s.toString();
    }

    /** article-search beside stock Solr: one row per scale and caching, req/s and p50 / p99 of each, then the ratios. */
    private void sideBySideTable(StringBuilder s) {
        Figures.SideBySide first = sideBySide.getFirst();
        s.append(String.format(Locale.ROOT, "%nSide by side with stock Solr 9.10 (a collection of one shard, one replica), same documents and queries, same run;"
                + " each server -Xmx%s, closed loop at %d connections, one server at a time. Solr answers /select: edismax per field,"
                + " every word required, the unified highlighter, the type facet excluding its own filter and the top %d speakers;"
                + " bare: neither highlighting nor facets.%n%n", ServeProcess.MAX_HEAP, SideBySideBench.CONNECTIONS, org.articlesearch.solr.SolrSelect.TOP_SPEAKERS));
        s.append("| scale | caches | article-search req/s, p50 / p99 ms | Solr (highlight + facets) req/s, p50 / p99 ms"
                + " | Solr bare req/s, p50 / p99 ms | req/s ours / Solr (≥ 2) | p99 ours / Solr (≤ 0.5) | req/s ours / Solr bare |\n");
        s.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (Figures.SideBySide v : sideBySide) {
            for (Figures.SideBySidePhase p : List.of(v.noCaches(), v.caches())) {
                s.append("| ").append(v.scale()).append("× (").append(String.format(Locale.ROOT, "%,d", v.documents())).append(") | ")
                        .append(p == v.noCaches() ? "none" : "on, Zipf replay").append(" | ")
                        .append(load(p.ours())).append(" | ").append(load(p.solrFull())).append(" | ").append(load(p.solrBare()))
                        .append(" | **").append(f2(p.rpsRatio())).append("** | **").append(f2(p.p99Ratio())).append("** | ")
                        .append(f2(p.ours().rps() / p.solrBare().rps())).append(" |\n");
            }
        }
        s.append('\n');
        s.append("- Without caches: article-search: ").append(first.noCaches().ourCaches()).append("; Solr: ").append(first.noCaches().solrCaches())
                .append("; requests: ").append(first.noCaches().replay()).append(".\n");
        s.append("- With caches: article-search: ").append(first.caches().ourCaches()).append("; Solr: ").append(first.caches().solrCaches())
                .append("; requests: ").append(first.caches().replay()).append(".\n");
        for (Figures.SideBySide v : sideBySide) {
            Figures.Totals t = v.totals();
            List<String> kinds = new ArrayList<>();
            t.unequalByKind().forEach((k, n) -> kinds.add(n + " " + k));
            s.append(String.format(Locale.ROOT, "- %d×: totals equal on **%,d of %,d** queries%s; index docs/s, splitting included: article-search %s,"
                            + " Solr %s; peak RSS MB article-search / Solr: %s / %s.%n", v.scale(), t.equal(), t.queries(),
                    t.equal() == t.queries() ? "" : " (unequal: " + String.join(", ", kinds) + "; " + t.mostWords()
                            + " of them where article-search fell back to most of the words)",
                    f0(v.ourIndexing().docsPerSecond()), f0(v.solrLoading().docsPerSecond()),
                    f0(Math.max(v.noCaches().ourPeakRssMb(), v.caches().ourPeakRssMb())),
                    v.caches().solrPeakRssMb() == 0 ? "–" : f0(Math.max(v.noCaches().solrPeakRssMb(), v.caches().solrPeakRssMb()))));
            List<String> use = new ArrayList<>();
            for (Figures.CacheUse without : v.noCaches().solrCacheUse()) {
                for (Figures.CacheUse with : v.caches().solrCacheUse()) {
                    if (with.cache().equals(without.cache())) use.add(without.cache() + " " + percent(without) + " / " + percent(with));
                }
            }
            if (!use.isEmpty()) {
                s.append(String.format(Locale.ROOT, "- %d×: lookups Solr's caches answered, without / with caches (its metrics, warming included): %s.%n",
                        v.scale(), String.join(", ", use)));
            }
            long errors = 0;
            for (Figures.SideBySidePhase p : List.of(v.noCaches(), v.caches())) {
                errors += p.ours().errors() + p.solrFull().errors() + p.solrBare().errors();
            }
            if (errors > 0) s.append(String.format(Locale.ROOT, "- %d×: **%,d failed requests** (see sideBySide.json).%n", v.scale(), errors));
        }
    }

    private static String percent(Figures.CacheUse c) {
        return String.format(Locale.ROOT, "%.0f%% of %,d", c.lookups() == 0 ? 0.0 : 100.0 * c.hits() / c.lookups(), c.lookups());
    }

    private static String load(HttpBench.Load l) {
        return f0(l.rps()) + ", " + f1(l.latency().p50Ms()) + " / " + f1(l.latency().p99Ms());
    }

    private String kinds() {
        Map<String, Integer> n = new LinkedHashMap<>();
        long filtered = queries.stream().filter(q -> q.type() != null || q.speaker() != null).count();
        for (BenchQuery q : queries) n.merge(q.kind(), 1, Integer::sum);
        List<String> parts = new ArrayList<>();
        n.forEach((k, v) -> parts.add(v + " " + k));
        return String.join(", ", parts) + "; " + filtered + " with a type or speaker filter";
    }

    private <T> void row(StringBuilder s, String name, List<T> perScale, Function<T, String> cell) {
        if (perScale.isEmpty()) return;
        s.append("| ").append(name).append(" |");
        for (Figures.Indexing i : indexing) {
            T found = null;
            for (T x : perScale) {
                if (scaleOf(x) == i.scale()) found = x;
            }
            s.append(' ').append(found == null ? "–" : cell.apply(found)).append(" |");
        }
        s.append('\n');
    }

    private static int scaleOf(Object x) {
        return switch (x) {
            case Figures.Indexing i -> i.scale();
            case Figures.Size z -> z.scale();
            case Figures.Search z -> z.scale();
            case Figures.Http z -> z.scale();
            case Figures.Serve z -> z.scale();
            default -> -1;
        };
    }

    private static String level(Figures.Http h, int connections, Function<Figures.HttpLevel, String> cell) {
        for (Figures.HttpLevel l : h.levels()) {
            if (l.connections() == connections) return cell.apply(l);
        }
        return "–";
    }

    static String f0(double x) {
        return String.format(Locale.ROOT, "%,.0f", x);
    }

    static String f1(double x) {
        return String.format(Locale.ROOT, "%.1f", x);
    }

    static String f2(double x) {
        return String.format(Locale.ROOT, "%.2f", x);
    }

    static String f3(double x) {
        return String.format(Locale.ROOT, "%.3f", x);
    }
}
