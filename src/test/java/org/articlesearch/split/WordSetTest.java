package org.articlesearch.split;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WordSetTest {
    @Test
    void aWordIsOnTheListLowerCasedExactlyWhenItsLowerCaseIsOnIt() {
        WordSet set = WordSet.of("sen", "u.s", "n't", "i", "kate", "mr", "sen");
        for (String w : List.of("sen", "Sen", "SEN", "sEn", "Sen.", "U.S", "u.s", "N'T", "I", "İ", "\u212Aate", "Kate",
                "KATE", "Mr", "Mrs", "", "x", "senator")) {
            assertEquals(set.contains(w.toLowerCase(Locale.ROOT)), set.containsLowerCased(w), w);
        }
    }

    @Test
    void aTokenIsOnTheListByItsKeyExactlyWhenItsKeyIsOnIt() {
        WordSet set = WordSet.of("sen", "u.s", "n't", "don't", "o'neill", "kate", "mr", "");
        String text = "Sen. SEN U.S. Don’t DON'T O’Neill İstanbul \u212Aate Kate. Mr. Mrs . , senator";
        for (Token t : Token.tokenize(text, 0, text.length())) {
            boolean inPlace = t.keyIn(set); // before key() is asked, which keeps the key for later look-ups
            assertEquals(set.contains(t.key()), inPlace, t.text());
        }
    }
}
