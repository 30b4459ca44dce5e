package org.articlesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Long paragraphs show the passages Lucene's scorer would pick: the scores must be its scores, bit for bit. */
class PassageScoringTest {
    private static final String[] TERMS = {"bomb ~bomb", "cherry", "=cherry bomb", "said", "the"};

    @Test
    void scoresEveryPassageExactlyAsLucenesScorerDoes() {
        Random random = new Random(20040101);
        PassageScorer lucene = new PassageScorer();
        PassageScorer ours = new PassageScoring();
        for (int round = 0; round < 2_000; round++) {
            Passage p = new Passage();
            int start = random.nextInt(2_000);
            p.setStartOffset(start);
            p.setEndOffset(start + 20 + random.nextInt(400));
            int at = start;
            for (int m = random.nextInt(Math.min(12, p.getLength() / 6)); m > 0; m--) {
                BytesRef term = new BytesRef(TERMS[random.nextInt(TERMS.length)]);
                p.addMatch(at, at + 5, term, 1 + random.nextInt(3));
                at += 6;
            }
            int contentLength = p.getEndOffset() + random.nextInt(3_000);
            assertEquals(lucene.score(p, contentLength), ours.score(p, contentLength), 0f, p.toString());
        }
    }
}
