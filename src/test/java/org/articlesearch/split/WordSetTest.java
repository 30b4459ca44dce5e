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

    @Test
    void aTokensMaskAnswersForEveryListAsTheListItselfDoes() throws Exception {
        // Load the lists of every rule, and make one after the first table was built.
        new ArticleSplitter().split(org.articlesearch.model.Article.of("a", "T", "\"Hi there, all of you,\" she said."));
        WordSet.of("late", "sen"); // made after the first table: the next look-up builds another
        StringBuilder text = new StringBuilder("Sen. SEN U.S. Don’t DON'T O’Neill İstanbul \u212Aate Kate. Mr. Mrs. Jones's Smiths’ late , . ");
        for (WordSet set : WordSet.all()) {
            for (String w : set.words()) text.append(w).append(' ').append(w.toUpperCase(Locale.ROOT)).append(". ")
                    .append(Character.toUpperCase(w.isEmpty() ? 'x' : w.charAt(0))).append(w.length() > 1 ? w.substring(1) : "").append("'s ");
        }
        String s = text.toString();
        List<Token> tokens = Token.tokenize(s, 0, s.length());
        int asked = 0;
        for (WordSet set : WordSet.all()) {
            for (Token t : tokens) {
                assertEquals(t.keyInDirectly(set), t.keyIn(set), t.text());
                assertEquals(set.containsLowerCased(t.text()), t.textIn(set), t.text());
                assertEquals(set.containsLowerCased(t.withoutPossessive()), t.withoutPossessiveIn(set), t.text());
                asked++;
            }
        }
        assertEquals(true, asked > 10_000, "lists and words asked: " + asked);
    }
}
