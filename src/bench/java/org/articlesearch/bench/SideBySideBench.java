package org.articlesearch.bench;

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
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.articlesearch.model.SearchResult;
import org.articlesearch.search.ResultCache;
import org.articlesearch.solr.SolrRebuild;
import org.articlesearch.solr.SolrSelect;

/**
 * article-search beside a stock Solr in the same run (issue 16): the same split documents in both,
 * the same queries, each server in its own JVM with the same heap, one at a time under the same
 * closed loop of 8 connections. First without caches on either side, the queries in order; then with
 * each side's caches, on a Zipf replay of the queries, so that repetition is what real traffic has.
 */
final class SideBySideBench {
    /** Connections of the closed loop, as the issue measures. */
    static final int CONNECTIONS = 8;
    /** Serve's switch for Lucene's query cache (see ServeCommand.QUERY_CACHE). */
    static final String NO_QUERY_CACHE = "-Darticle-search.queryCache=false";
    /** Serve stops when the bench does, even killed: no server is left behind (see ServeCommand.EXIT_WITH_PARENT). */
    static final String EXIT_WITH_BENCH = "-Darticle-search.exitWithParent=true";
    static final String OURS_OFF = "none (Lucene's query cache off, --result-cache 0)";
    static final String OURS_ON = "Lucene's query cache of frequent filters (its default) and serve's result cache ("
            + ResultCache.DEFAULT_ENTRIES + " results, serve's default)";
    private static final ObjectMapper JSON = new ObjectMapper();

    interface Log {
        void step(String format, Object... args);
    }

    private final BenchOptions options;
    private final List<BenchQuery> queries;
    private final Log log;
    /** The node this bench started, whose caches it switches; null when measuring the user's Solr. */
    private final StockSolr started;
    private final URI solrUrl;

    SideBySideBench(BenchOptions options, List<BenchQuery> queries, StockSolr started, URI solrUrl, Log log) {
        this.options = options;
        this.queries = queries;
        this.started = started;
        this.solrUrl = solrUrl;
        this.log = log;
    }

    Figures.SideBySide measure(int scale) throws Exception {
        log.step("%d×: making the corpus", scale);
        ScaledCorpus corpus = ScaledCorpus.make(options.corpus(), scale, options.maxArticles(), options.out());
        Path index = options.out().resolve("index-" + scale + "x");
        log.step("%d×: article-search index", scale);
        IndexBench.Run ourIndexing = IndexBench.engine(corpus.dir(), index, options.threads());
        String alias = "vs_" + scale + "x";
        if (started != null) started.caches(false, List.of());
        SolrRebuild.drop(solrUrl, alias);
        try {
            log.step("%d×: the same documents into Solr (one shard)", scale);
            IndexBench.Run solrLoading = IndexBench.solr(corpus.dir(), solrUrl, alias, 1, options.threads());
            log.step("%d×: %,d documents; index docs/s article-search %,.0f, Solr %,.0f", scale, solrLoading.documents(),
                    ourIndexing.docsPerSecond(), solrLoading.docsPerSecond());
            List<URI> full = select(alias, true), bare = select(alias, false);
            String solrOff = started == null ? "as configured at " + solrUrl : StockSolr.CACHES_OFF;
            String solrOn = started == null ? "as configured at " + solrUrl : StockSolr.CACHES_ON;

            Figures.Totals totals;
            Figures.SideBySidePhase noCaches;
            Path gcLog = options.out().resolve("serve-vs-" + scale + "x-gc.log");
            try (ServeProcess serve = ServeProcess.start(options.jar(), index, gcLog, null, List.of(NO_QUERY_CACHE, EXIT_WITH_BENCH), 0)) {
                List<URI> ours = search(serve);
                log.step("%d×: totals of %,d queries, article-search against Solr", scale, queries.size());
                totals = totals(ours, full);
                log.step("%d×: totals equal on %,d of %,d (%d unequal where article-search fell back to most of the words)",
                        scale, totals.equal(), totals.queries(), totals.mostWords());
                noCaches = phase(scale, alias, "no caches", OURS_OFF, solrOff, String.format(java.util.Locale.ROOT,
                        "the %,d queries in order", queries.size()), serve, ours, full, bare);
            }

            if (started != null) {
                log.step("%d×: restarting Solr with its caches", scale);
                started.caches(true, List.of(alias));
            }
            int[] order = ZipfReplay.draw(queries.size(), ZipfReplay.DRAWS, ZipfReplay.EXPONENT, QuerySet.SEED);
            String replay = String.format(java.util.Locale.ROOT, "Zipf (s = %.1f) replay, %,d draws of %,d different queries",
                    ZipfReplay.EXPONENT, order.length, ZipfReplay.distinct(order));
            Figures.SideBySidePhase caches;
            try (ServeProcess serve = ServeProcess.start(options.jar(), index, gcLog, null, List.of(EXIT_WITH_BENCH), ResultCache.DEFAULT_ENTRIES)) {
                caches = phase(scale, alias, "caches", OURS_ON, solrOn, replay, serve, ZipfReplay.replay(search(serve), order),
                        ZipfReplay.replay(full, order), ZipfReplay.replay(bare, order));
            }
            return new Figures.SideBySide(scale, solrLoading.documents(), ourIndexing, solrLoading, noCaches, caches, totals);
        } finally {
            SolrRebuild.drop(solrUrl, alias);
        }
    }

    /**
     * Warms both servers, then measures one at a time: {@code /api/search}, Solr with highlighting and
     * facets, Solr bare. Each has the machine to itself while measured.
     */
    private Figures.SideBySidePhase phase(int scale, String alias, String name, String ourCaches, String solrCaches, String replay,
                                          ServeProcess serve, List<URI> ours, List<URI> full, List<URI> bare) throws Exception {
        // Both JVMs have just started (Solr too, when its caches were switched): the same unmeasured
        // pass for each warms the JIT and, with caches, fills them as steady traffic would.
        double warm = Math.min(10, Math.max(2, 2 * options.httpSeconds()));
        double settle = Math.min(1, options.httpSeconds() / 4);
        log.step("%d×, %s: warming each server for %.0f s", scale, name, warm);
        HttpBench.run("search", ours, CONNECTIONS, 0, warm);
        HttpBench.run("select", full, CONNECTIONS, 0, warm);
        HttpBench.run("select bare", bare, CONNECTIONS, 0, warm / 2);
        HttpBench.Load o = HttpBench.run("search", ours, CONNECTIONS, settle, options.httpSeconds());
        HttpBench.Load f = HttpBench.run("select", full, CONNECTIONS, settle, options.httpSeconds());
        HttpBench.Load b = HttpBench.run("select bare", bare, CONNECTIONS, settle, options.httpSeconds());
        for (HttpBench.Load l : List.of(o, f, b)) {
            if (l.errors() > 0) log.step("%d×, %s: %s: %d errors, first %s", scale, name, l.endpoint(), l.errors(), l.firstError());
        }
        log.step("%d×, %s: req/s (p99 ms) article-search %,.0f (%.1f), Solr %,.0f (%.1f), Solr bare %,.0f (%.1f)", scale, name,
                o.rps(), o.latency().p99Ms(), f.rps(), f.latency().p99Ms(), b.rps(), b.latency().p99Ms());
        List<Figures.CacheUse> use = cacheUse(alias);
        if (!use.isEmpty()) {
            List<String> shown = new ArrayList<>();
            for (Figures.CacheUse c : use) shown.add(String.format(java.util.Locale.ROOT, "%s %,d hits of %,d", c.cache(), c.hits(), c.lookups()));
            log.step("%d×, %s: Solr's caches: %s", scale, name, String.join(", ", shown));
        }
        return new Figures.SideBySidePhase(ourCaches, solrCaches, replay, o, f, b, serve.memory().peakRssMb(),
                started == null ? 0 : started.peakRssMb(), use);
    }

    /**
     * Solr's caches on {@code alias}'s core, from its metrics: the proof that they were off or on, and
     * how much of the replay they answered. Empty when the metrics do not say.
     */
    private List<Figures.CacheUse> cacheUse(String alias) {
        List<Figures.CacheUse> out = new ArrayList<>();
        try (HttpClient client = HttpClient.newHttpClient()) {
            JsonNode metrics = get(client, URI.create(solrUrl + "/admin/metrics?group=core&prefix=CACHE.searcher&wt=json")).path("metrics");
            for (var core : metrics.properties()) {
                if (!core.getKey().contains("." + alias + "_")) continue;
                for (String cache : List.of("queryResultCache", "filterCache", "documentCache")) {
                    JsonNode c = core.getValue().path("CACHE.searcher." + cache);
                    if (c.isObject()) out.add(new Figures.CacheUse(cache, c.path("lookups").asLong(), c.path("hits").asLong()));
                }
            }
        } catch (IOException | RuntimeException e) {
            log.step("Solr's cache metrics unread: %s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return out;
    }

    private List<URI> search(ServeProcess serve) {
        List<URI> out = new ArrayList<>(queries.size());
        for (BenchQuery q : queries) out.add(serve.base().resolve("/api/search?" + q.urlQuery()));
        return out;
    }

    /** Each query as a stock Solr {@code /select} on {@code collection}. */
    private List<URI> select(String collection, boolean highlightAndFacets) {
        List<URI> out = new ArrayList<>(queries.size());
        for (BenchQuery q : queries) {
            String query = SolrSelect.urlQuery(q.request(), highlightAndFacets);
            // The query set always has words to look for; a request of nothing would not be comparable.
            if (query == null) throw new IllegalArgumentException("no Solr request for " + q);
            out.add(URI.create(solrUrl + "/" + collection + "/select?" + query));
        }
        return out;
    }

    /** Asks both sides every query, a few at a time, and compares our total with Solr's numFound. */
    private Figures.Totals totals(List<URI> ours, List<URI> solr) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        List<Future<Figures.Unequal>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < queries.size(); i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    JsonNode a = get(client, ours.get(n));
                    JsonNode b = get(client, solr.get(n));
                    return new Figures.Unequal(queries.get(n), a.path("total").asLong(-1), a.path("matched").asText(""),
                            b.at("/response/numFound").asLong(-1));
                }));
            }
        }
        int equal = 0, most = 0;
        Map<String, Integer> byKind = new TreeMap<>();
        List<Figures.Unequal> unequal = new ArrayList<>();
        for (Future<Figures.Unequal> f : answers) {
            Figures.Unequal u = f.get();
            if (u.ours() == u.solr() && u.ours() >= 0) {
                equal++;
                continue;
            }
            if (SearchResult.MOST.equals(u.matched())) most++;
            byKind.merge(u.query().kind(), 1, Integer::sum);
            unequal.add(u);
        }
        client.close();
        return new Figures.Totals(queries.size(), equal, most, byKind, unequal);
    }

    private static JsonNode get(HttpClient client, URI uri) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IOException(r.statusCode() + " from " + uri + ": " + r.body());
        return JSON.readTree(r.body());
    }
}
