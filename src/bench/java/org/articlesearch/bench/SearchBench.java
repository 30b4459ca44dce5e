package org.articlesearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.articlesearch.ArticleSearch;
import org.articlesearch.index.ArticleAnalyzer;
import org.articlesearch.search.PassageSearcher;

/**
 * Search in process, one thread: the engine's search (parse, count facets, load and highlight ten
 * hits) against a bare {@link IndexSearcher#search(Query, int)} top ten of the same Lucene query
 * and filters on the same index. Each query runs on both, one right after the other, so a noisy
 * neighbour slows both alike.
 */
public final class SearchBench {
    private SearchBench() {
    }

    /**
     * @param queries        distinct queries
     * @param engine         latency of {@code ArticleSearch.search}
     * @param bare           latency of the bare top ten
     * @param engineQps      engine queries per second on one thread
     * @param bareQps        bare queries per second on one thread
     * @param meanHits       mean total hits per query (how much counting there was)
     */
    public record Result(int queries, Latency engine, Latency bare, double engineQps, double bareQps, double meanHits,
                         List<KindProfile> byKind) {
    }

    /**
     * Where the time of one kind of query goes. {@code exact} matches and scores every document the
     * query finds and counts them, as the engine must for its total and facets, but collects a plain
     * top ten; so engine − exact is the engine's own work (facets, grouping, loading and highlighting
     * hits), and exact − bare the price of visiting every match rather than skipping to the best.
     *
     * @param kind     the query kind (see {@link QuerySet})
     * @param queries  distinct queries of the kind
     * @param meanHits mean total of the engine's answers
     * @param engine   {@code ArticleSearch.search}
     * @param exact    top ten of the same Lucene query, every match scored and counted
     * @param bare     top ten of the same Lucene query, Lucene's default (skips documents that cannot reach the top ten)
     */
    public record KindProfile(String kind, int queries, double meanHits, Latency engine, Latency exact, Latency bare) {
    }

    /** Runs every query once on both to warm up, then {@code rounds} more times, measured. */
    public static Result measure(Path indexDir, List<BenchQuery> queries, int rounds) throws IOException {
        ArticleAnalyzer analyzer = new ArticleAnalyzer();
        Query[] bareQueries = queries.stream().map(q -> PassageSearcher.luceneQuery(q.request(), analyzer)).toArray(Query[]::new);
        try (ArticleSearch search = ArticleSearch.openReadOnly(indexDir);
             FSDirectory dir = FSDirectory.open(indexDir);
             DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            long[] engine = new long[queries.size() * rounds];
            long[] bare = new long[queries.size() * rounds];
            long[] exact = new long[queries.size() * rounds];
            long[] totals = new long[queries.size()];
            long hits = 0;
            for (int round = -1; round < rounds; round++) {
                for (int i = 0; i < queries.size(); i++) {
                    long t0 = System.nanoTime();
                    long total = search.search(queries.get(i).request()).total();
                    long t1 = System.nanoTime();
                    searcher.search(bareQueries[i], 10);
                    long t2 = System.nanoTime();
                    searcher.search(bareQueries[i], new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE));
                    long t3 = System.nanoTime();
                    if (round < 0) {
                        hits += total;
                        totals[i] = total;
                        continue;
                    }
                    engine[round * queries.size() + i] = t1 - t0;
                    bare[round * queries.size() + i] = t2 - t1;
                    exact[round * queries.size() + i] = t3 - t2;
                }
            }
            List<KindProfile> byKind = byKind(queries, rounds, totals, engine, exact, bare);
            double engineQps = engine.length / (sum(engine) / 1e9);
            double bareQps = bare.length / (sum(bare) / 1e9);
            return new Result(queries.size(), Latency.of(engine), Latency.of(bare), engineQps, bareQps,
                    (double) hits / queries.size(), byKind);
        }
    }

    /** The samples of each kind of query, in the order kinds first appear. Reads the arrays before they are sorted. */
    private static List<KindProfile> byKind(List<BenchQuery> queries, int rounds, long[] totals, long[] engine, long[] exact, long[] bare) {
        Map<String, List<Integer>> kinds = new LinkedHashMap<>();
        for (int i = 0; i < queries.size(); i++) kinds.computeIfAbsent(queries.get(i).kind(), k -> new ArrayList<>()).add(i);
        List<KindProfile> out = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> kind : kinds.entrySet()) {
            List<Integer> members = kind.getValue();
            long[][] samples = new long[3][members.size() * rounds];
            long hits = 0;
            for (int m = 0; m < members.size(); m++) {
                int i = members.get(m);
                hits += totals[i];
                for (int round = 0; round < rounds; round++) {
                    int at = round * queries.size() + i;
                    samples[0][m * rounds + round] = engine[at];
                    samples[1][m * rounds + round] = exact[at];
                    samples[2][m * rounds + round] = bare[at];
                }
            }
            out.add(new KindProfile(kind.getKey(), members.size(), (double) hits / members.size(),
                    Latency.of(samples[0]), Latency.of(samples[1]), Latency.of(samples[2])));
        }
        return out;
    }

    private static double sum(long[] xs) {
        double s = 0;
        for (long x : xs) s += x;
        return s;
    }
}
