package org.articlesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.articlesearch.index.ArticleAnalyzer;
import org.articlesearch.index.Fields;
import org.junit.jupiter.api.Test;

/**
 * The bonus for plain words standing together, and a quoted phrase, ask the word-pair field first, as
 * a filter, and the bonus of two common words is scored from their pair's frequency ({@link
 * AdjacentPairQuery}); the reference is the same query without either, the phrase alone. Every match
 * and every score must be the same.
 */
class WordPairBonusTest {
    /** Common words (paired in the index), their other forms, and rarer words (never paired). */
    private static final String[] WORDS = ("the of said says saying he she was were years year in to government "
            + "xylophone marimba rates minister fell sharply").split(" ");

    @Test
    void thePairFilterChangesNoMatchAndNoScore() throws IOException {
        Random random = new Random(11);
        try (Directory dir = new ByteBuffersDirectory()) {
            GeneratedArticles.index(dir, 150, a -> {
                StringBuilder text = new StringBuilder();
                for (int p = 0; p < 1 + random.nextInt(3); p++) text.append(sentence(random, 6 + random.nextInt(20))).append("\n\n");
                return text.toString().strip();
            });
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                ArticleAnalyzer analyzer = new ArticleAnalyzer();
                int filtered = 0;
                int quotedFiltered = 0;
                int pairScored = 0;
                int bonusMatters = 0;
                for (int i = 0; i < 450; i++) {
                    String words = sentence(random, 2 + random.nextInt(2)).replace(".", "");
                    // Every third a quoted phrase, now and then beside a plain word.
                    boolean quoted = i % 3 == 2;
                    String q = !quoted ? words : i % 2 == 0 ? "\"" + words + "\"" : "minister \"" + words + "\"";
                    UserQuery parsed = UserQuery.parse(q, analyzer);
                    Query query = parsed.toQuery();
                    Query reference = withoutPairFilters(query);
                    if (!reference.equals(query)) {
                        filtered++;
                        if (query.toString().contains("pair(")) pairScored++;
                        if (quoted) quotedFiltered++;
                    }
                    ScoreDoc[] got = searcher.search(query, reader.maxDoc()).scoreDocs;
                    ScoreDoc[] want = searcher.search(reference, reader.maxDoc()).scoreDocs;
                    assertEquals(want.length, got.length, q);
                    for (int d = 0; d < want.length; d++) {
                        assertEquals(want[d].doc, got[d].doc, q);
                        assertEquals(want[d].score, got[d].score, 0f, q);
                    }
                    if (quoted) continue;
                    ScoreDoc[] noBonus = searcher.search(withoutBonus(parsed), reader.maxDoc()).scoreDocs;
                    for (int d = 0; d < want.length; d++) {
                        if (want[d].score != noBonus[d].score || want[d].doc != noBonus[d].doc) {
                            bonusMatters++;
                            break;
                        }
                    }
                }
                assertTrue(filtered > 100, "queries of common words get the filter: " + filtered);
                assertTrue(quotedFiltered > 50, "quoted phrases of common words get the filter: " + quotedFiltered);
                assertTrue(pairScored > 50, "two common words are scored from their pair's frequency: " + pairScored);
                assertTrue(bonusMatters > 50, "the bonus reorders or rescores results: " + bonusMatters);
            }
        }
    }

    /** The query with every clause on the word-pair field left out. */
    private static Query withoutPairFilters(Query q) {
        return switch (q) {
            case BooleanQuery b -> {
                BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
                for (BooleanClause c : b.clauses()) {
                    if (c.query() instanceof TermQuery t && t.getTerm().field().equals(Fields.WORD_PAIRS)) continue;
                    out.add(withoutPairFilters(c.query()), c.occur());
                }
                yield out.build();
            }
            case BoostQuery b -> new BoostQuery(withoutPairFilters(b.getQuery()), b.getBoost());
            case AdjacentPairQuery a -> a.phrase();
            case DisjunctionMaxQuery d -> new DisjunctionMaxQuery(
                    d.getDisjuncts().stream().map(WordPairBonusTest::withoutPairFilters).toList(), d.getTieBreakerMultiplier());
            default -> q;
        };
    }

    private static Query withoutBonus(UserQuery q) {
        return new UserQuery(q.clauses(), null, q.excluded()).toQuery();
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) s.append(' ');
            // Common words most of the time, so that they stand together often.
            s.append(WORDS[random.nextInt(random.nextInt(4) == 0 ? WORDS.length : 14)]);
        }
        return s.append('.').toString();
    }
}
