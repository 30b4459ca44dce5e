package org.articlesearch.solr;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.articlesearch.ArticleSearch;
import org.articlesearch.Rebuild;
import org.articlesearch.Shared;
import org.articlesearch.bench.BenchQuery;
import org.articlesearch.bench.LoadedCorpus;
import org.articlesearch.bench.QuerySet;
import org.articlesearch.model.SearchRequest;
import org.articlesearch.model.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same answers from both backends: the BBC corpus in the local index and in a 2-shard SolrCloud
 * collection, asked the bench's fixed query set. Totals must agree for at least 99% of the queries,
 * first hits for at least 95% (a first hit tied in score with the local one counts as the same) and
 * the speaker facets for 99%; every disagreement is printed, by kind of query, and written to
 * target/solr-parity.txt.
 */
class SolrParityIT {
    private static final Path BBC = Shared.path("corpus/bbc");
    private static final int QUERIES = 1_200;

    @TempDir
    Path dir;

    @Test
    void theBbcCorpusOnTwoShardsAnswersTheBenchQueriesAsTheLocalIndexDoes() throws Exception {
        LoadedCorpus corpus = LoadedCorpus.read(Shared.require(BBC));
        URI solr = URI.create(clusterUrl());
        Path local = dir.resolve("index");
        try (Rebuild l = ArticleSearch.rebuild(local); Rebuild s = ArticleSearch.rebuild(solr, "bbc_parity", 2, 1)) {
            corpus.articles().parallelStream().forEach(a -> {
                l.add(a);
                s.add(a);
            });
            l.commit();
            s.commit();
        }
        List<BenchQuery> queries = QuerySet.generate(corpus, QUERIES, QuerySet.SEED);
        int sameTotal = 0;
        int sameFirst = 0;
        int sameSpeakers = 0;
        List<String> speakerDifferences = new ArrayList<>();
        Map<String, int[]> byKind = new TreeMap<>();
        List<String> differences = new ArrayList<>();
        try (ArticleSearch l = ArticleSearch.openReadOnly(local); ArticleSearch s = ArticleSearch.solr(solr, "bbc_parity")) {
            for (BenchQuery q : queries) {
                // Twenty hits, so that a first hit tied with the local one is among them.
                SearchRequest request = q.request().withGrouping(false).withLimit(20);
                SearchResult a = l.search(request);
                SearchResult b = s.search(request);
                int[] counts = byKind.computeIfAbsent(q.kind(), k -> new int[4]);
                counts[0]++;
                boolean total = a.total() == b.total();
                String firstA = a.hits().isEmpty() ? null : a.hits().getFirst().id();
                String firstB = b.hits().isEmpty() ? null : b.hits().getFirst().id();
                boolean identical = java.util.Objects.equals(firstA, firstB);
                // Documents of equal score come in index order, which parallel indexing does not fix (two
                // local builds differ there too): Solr's first hit ties with the local one, or it is another answer.
                boolean first = identical || (firstB != null && a.hits().stream().anyMatch(h -> h.id().equals(firstB)
                        && Math.abs(h.score() - a.hits().getFirst().score()) <= 1e-4 * Math.abs(h.score())));
                if (identical) counts[3]++;
                if (a.facets().speaker().equals(b.facets().speaker())) sameSpeakers++;
                else if (speakerDifferences.size() < 10) speakerDifferences.add(q.q() + ": local " + a.facets().speaker() + " | solr " + b.facets().speaker());
                if (total) {
                    sameTotal++;
                    counts[1]++;
                }
                if (first) {
                    sameFirst++;
                    counts[2]++;
                }
                if (!total || !first) {
                    differences.add(String.format(Locale.ROOT, "%-8s %-40s local %d %s %.3f | solr %d %s %.3f  matched=%s", q.kind(),
                            q.q() + (q.type() == null ? "" : " type=" + q.type().label()) + (q.speaker() == null ? "" : " speaker=" + q.speaker()),
                            a.total(), firstA, a.hits().isEmpty() ? 0 : a.hits().getFirst().score(),
                            b.total(), firstB, b.hits().isEmpty() ? 0 : b.hits().getFirst().score(), a.matched()));
                }
            }
        }
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "%d queries, BBC (%d documents) local vs SolrCloud 2 shards: same total %d (%.1f%%), same first hit %d (%.1f%%),"
                        + " %d of them the same document, the others tied in score%n",
                queries.size(), corpus.documents(), sameTotal, 100.0 * sameTotal / queries.size(), sameFirst, 100.0 * sameFirst / queries.size(),
                byKind.values().stream().mapToInt(c -> c[3]).sum()));
        report.append(String.format(Locale.ROOT, "  same speaker facet (names, counts, order): %d (%.1f%%)%n", sameSpeakers,
                100.0 * sameSpeakers / queries.size()));
        speakerDifferences.forEach(d -> report.append("    ").append(d).append('\n'));
        byKind.forEach((kind, c) -> report.append(String.format(Locale.ROOT, "  %-8s %4d queries: same total %4d, same first %4d (%d the same document)%n",
                kind, c[0], c[1], c[2], c[3])));
        differences.forEach(d -> report.append("  ").append(d).append('\n'));
        Files.writeString(Path.of("target", "solr-parity.txt"), report);
        System.out.println(report);
        assertTrue(sameTotal >= 0.99 * queries.size(), report.toString());
        assertTrue(sameFirst >= 0.95 * queries.size(), report.toString());
        assertTrue(sameSpeakers >= 0.99 * queries.size(), "the speaker facet, surnames alone merged as locally: " + report);
    }

    static String clusterUrl() throws IOException {
        Path state = Path.of(System.getProperty("solr.cloud.dir", "target/solr-cloud")).resolve("cloud.env");
        assertTrue(Files.isRegularFile(state), "the build started a SolrCloud (solr/cloud start) and wrote " + state);
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(state)) {
            p.load(in);
        }
        return p.getProperty("url");
    }
}
