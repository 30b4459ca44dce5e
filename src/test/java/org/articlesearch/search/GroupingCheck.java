package org.articlesearch.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.articlesearch.ArticleSearch;
import org.articlesearch.bench.BenchQuery;
import org.articlesearch.bench.LoadedCorpus;
import org.articlesearch.bench.QuerySet;
import org.articlesearch.index.TextKey;
import org.articlesearch.model.Article;
import org.articlesearch.model.Hit;
import org.articlesearch.model.SearchRequest;
import org.articlesearch.model.SearchResult;

/**
 * Checks grouping on the bench's 1,200 queries over a corpus (default: the BBC one): how many first
 * pages show one text twice, grouped and not, and the in-process p50 of both, alternated in one run.
 * Not a test (no timed assertions): {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * org.articlesearch.search.GroupingCheck ../shared/corpus/bbc}.
 */
public final class GroupingCheck {
    private GroupingCheck() {
    }

    public static void main(String[] args) throws Exception {
        LoadedCorpus corpus = LoadedCorpus.read(Path.of(args.length > 0 ? args[0] : "../shared/corpus/bbc"));
        List<BenchQuery> queries = QuerySet.generate(corpus, 1200, QuerySet.SEED);
        try (ArticleSearch search = ArticleSearch.inMemory()) {
            for (Article a : corpus.articles()) search.add(a);
            search.commit();
            for (int warm = 0; warm < 3; warm++) {
                for (BenchQuery q : queries) {
                    search.search(q.request());
                    search.search(q.request().withGrouping(false));
                }
            }
            int[] repeated = new int[2];
            int[] pagesWithCopies = new int[2];
            List<Long> grouped = new ArrayList<>(), plain = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (BenchQuery q : queries) {
                    // Each query runs both ways back to back, and the second run finds the caches warm: the
                    // order alternates between rounds so that neither way always comes second.
                    for (int k = 0; k < 2; k++) {
                        int g = (k + round) % 2;
                        SearchRequest r = q.request().withGrouping(g == 0);
                        long t0 = System.nanoTime();
                        SearchResult result = search.search(r);
                        (g == 0 ? grouped : plain).add(System.nanoTime() - t0);
                        if (round > 0) continue;
                        Set<Long> keys = new HashSet<>();
                        int dup = 0;
                        for (Hit h : result.hits()) if (!keys.add(TextKey.of(h.text()))) dup++;
                        repeated[g] += dup;
                        if (dup > 0) pagesWithCopies[g]++;
                    }
                }
            }
            System.out.printf("queries %d%n", queries.size());
            System.out.printf("first pages showing a text twice: grouped %d (%d repeats), ungrouped %d (%d repeats)%n",
                    pagesWithCopies[0], repeated[0], pagesWithCopies[1], repeated[1]);
            System.out.printf("p50 ms: grouped %.3f, ungrouped %.3f, ratio %.2f%n", p50(grouped), p50(plain), p50(grouped) / p50(plain));
        }
    }

    private static double p50(List<Long> nanos) {
        long[] a = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        return a[a.length / 2] / 1e6;
    }
}
