package org.articlesearch.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.articlesearch.index.ArticleAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * The one-pass collector of the best texts gives exactly what cutting the ranked documents to the
 * first of each text gives (the reference: every match ranked, then {@link Grouping#firstOfEach}).
 */
class TopGroupsTest {
    @Test
    void theBestTextsInOnePassAreTheFirstOfEachTextInTheRankedDocuments() throws IOException {
        Random random = new Random(7);
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < 60; i++) paragraphs.add(GeneratedArticles.newsSentence(random));
        try (Directory dir = new ByteBuffersDirectory()) {
            // 200 articles drawn from 60 paragraphs: most texts have copies, some many, and rank together.
            GeneratedArticles.index(dir, 200, a -> {
                StringBuilder text = new StringBuilder();
                for (int p = 0; p < 1 + random.nextInt(4); p++) {
                    text.append(paragraphs.get((int) Math.min(59, Math.abs(random.nextGaussian()) * 12))).append("\n\n");
                }
                return text.toString().strip();
            });
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                ArticleAnalyzer analyzer = new ArticleAnalyzer();
                int compared = 0;
                for (String q : List.of("rates", "the", "said rates", "\"will stay\"", "bank OR markets", "minister vote", "sharply")) {
                    Query query = UserQuery.parse(q, analyzer).toQuery();
                    ScoreDoc[] ranked = searcher.search(query, Math.max(1, reader.maxDoc())).scoreDocs;
                    int[] firsts = Grouping.firstOfEach(Grouping.keys(searcher, ranked));
                    assertTrue(ranked.length > firsts.length, q + ": the corpus has copies that rank together");
                    for (int groups : new int[] {1, 3, 10, 25}) {
                        TopDocs collected = searcher.search(query, new TopGroupsCollectorManager(groups));
                        int n = Math.min(groups, firsts.length);
                        assertEquals(n, collected.scoreDocs.length, q + ", " + groups + " groups");
                        int[] expectedDocs = new int[n];
                        float[] expectedScores = new float[n];
                        for (int i = 0; i < n; i++) {
                            expectedDocs[i] = ranked[firsts[i]].doc;
                            expectedScores[i] = ranked[firsts[i]].score;
                        }
                        assertArrayEquals(expectedDocs, Arrays.stream(collected.scoreDocs).mapToInt(d -> d.doc).toArray(), q + ", " + groups + " groups");
                        float[] scores = new float[n];
                        for (int i = 0; i < n; i++) scores[i] = collected.scoreDocs[i].score;
                        assertArrayEquals(expectedScores, scores, q);
                        compared++;
                    }
                }
                assertEquals(28, compared);
            }
        }
    }
}
