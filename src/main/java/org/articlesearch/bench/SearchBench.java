package org.articlesearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
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
    public record Result(int queries, Latency engine, Latency bare, double engineQps, double bareQps, double meanHits) {
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
            long hits = 0;
            for (int round = -1; round < rounds; round++) {
                for (int i = 0; i < queries.size(); i++) {
                    long t0 = System.nanoTime();
                    long total = search.search(queries.get(i).request()).total();
                    long t1 = System.nanoTime();
                    searcher.search(bareQueries[i], 10);
                    long t2 = System.nanoTime();
                    if (round < 0) {
                        hits += total;
                        continue;
                    }
                    engine[round * queries.size() + i] = t1 - t0;
                    bare[round * queries.size() + i] = t2 - t1;
                }
            }
            double engineQps = engine.length / (sum(engine) / 1e9);
            double bareQps = bare.length / (sum(bare) / 1e9);
            return new Result(queries.size(), Latency.of(engine), Latency.of(bare), engineQps, bareQps,
                    (double) hits / queries.size());
        }
    }

    private static double sum(long[] xs) {
        double s = 0;
        for (long x : xs) s += x;
        return s;
    }
}
