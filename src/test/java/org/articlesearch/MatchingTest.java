package org.articlesearch;

import static org.articlesearch.SearchTestSupport.find;
import static org.articlesearch.SearchTestSupport.indexOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.articlesearch.model.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which documents a query finds: word forms, phrases, folding, exclusion and OR. */
class MatchingTest {
    private ArticleSearch search;

    @AfterEach
    void close() {
        if (search != null) search.close();
    }

    @Test
    void aWordFindsOtherFormsOfItself() {
        search = indexOf(Article.of("a", "Choir", "The choir was singing all night."));
        assertEquals(List.of("a"), find(search, "sing"));
        assertEquals(List.of("a"), find(search, "sings"));
    }

    @Test
    void aWordThatIsItsOwnStemFindsItsOtherFormsButQuotedOnlyItself() {
        search = indexOf(
                Article.of("one", "One", "A bomb went off."),
                Article.of("many", "Two", "Bombs went off."));
        assertEquals(List.of("many", "one"), find(search, "bomb").stream().sorted().toList());
        assertEquals(List.of("many", "one"), find(search, "bombs").stream().sorted().toList());
        assertEquals(List.of("one"), find(search, "\"bomb\""));
        assertEquals(List.of("many"), find(search, "\"bombs went\""));
    }

    @Test
    void aPhraseOrWordsInTheTitleFindTheArticlesPassages() {
        search = indexOf(
                Article.of("review", "Cherry Bombs reviewed", "The band played on."),
                Article.of("other", "A quiet night", "The band played on."));
        assertEquals(List.of("review"), find(search, "\"cherry bombs\""));
        assertEquals(List.of("review"), find(search, "band cherry"));
        assertEquals(List.of(), find(search, "\"cherry bomb\""));
    }

    @Test
    void aQuotedPhraseMatchesTheWordsAsWritten() {
        search = indexOf(
                Article.of("ing", "One", "She was singing loudly."),
                Article.of("bare", "Two", "She can sing loudly."));
        assertEquals(List.of("ing"), find(search, "\"singing\""));
        assertEquals(List.of("ing"), find(search, "\"singing loudly\""));
        assertEquals(List.of("bare"), find(search, "\"sing loudly\""));
    }

    @Test
    void aPhraseMatchesAcrossHyphensAndQuotationMarks() {
        search = indexOf(
                Article.of("stutter", "One", "The crowd shouted “ch-ch-ch-ch-cherry bomb” back at them."),
                Article.of("single", "Two", "Their song 'Cherry Bomb' opened the show."),
                Article.of("apart", "Three", "A cherry tree survived the bomb."));
        List<String> found = find(search, "\"cherry bomb\"");
        assertEquals(2, found.size(), found::toString);
        assertTrue(found.containsAll(List.of("stutter", "single")));
    }

    @Test
    void curlyApostrophesAndAccentsMatchPlainOnes() {
        search = indexOf(
                Article.of("curly", "One", "It’s a long way to the top."),
                Article.of("accent", "Two", "Beyoncé sang first."));
        assertEquals(List.of("curly"), find(search, "\"it's a long way\""));
        assertEquals(List.of("curly"), find(search, "It’s"));
        assertEquals(List.of("accent"), find(search, "beyonce"));
        assertEquals(List.of("accent"), find(search, "\"Beyoncé sang\""));
    }

    @Test
    void aMinusExcludesWordsAndPhrases() {
        search = indexOf(
                Article.of("tree", "One", "A cherry tree in bloom."),
                Article.of("pie", "Two", "A cherry pie in the oven."));
        assertEquals(List.of("pie"), find(search, "cherry -tree"));
        assertEquals(List.of("tree"), find(search, "cherry -\"in the oven\""));
    }

    @Test
    void orAcceptsEitherWordWhileOtherWordsStayRequired() {
        search = indexOf(
                Article.of("apple", "One", "Fresh apple juice."),
                Article.of("orange", "Two", "Fresh orange juice."),
                Article.of("stale", "Three", "Stale orange juice."));
        List<String> found = find(search, "fresh apple OR orange");
        assertEquals(2, found.size(), found::toString);
        assertTrue(found.containsAll(List.of("apple", "orange")));
    }

    @Test
    void hostileInputsNeverFailTheSearch() {
        search = indexOf(Article.of("a", "Title", "Some text with a cherry bomb in it. (And more!)"));
        List<String> inputs = List.of("\"", "\"\"", "\"cherry", "cherry\"", "-", "--", "- -", "-\"", "-\"\"",
                "OR", "OR OR", "OR cherry", "cherry OR", "AND", "cherry AND OR -", "*", "?", "cherry*", "ch?rry",
                "title:cherry", "cherry~2", "cherry^3", "[a TO z]", "{a TO z}", "(cherry", "cherry)", "\\", "/",
                "/regex/", "!cherry", "&&", "||", "+cherry", "\u0000", "\uD83D", "😀 cherry", "<script>", "a".repeat(5000),
                "cherry ".repeat(3000), "\"cherry bomb".repeat(500), " \t\n ");
        for (String input : inputs) {
            search.search(org.articlesearch.model.SearchRequest.of(input));
            search.search(org.articlesearch.model.SearchRequest.of(input).withArticle("a"));
        }
        assertEquals(List.of("a"), find(search, "(cherry"));
        assertEquals(List.of("a"), find(search, "\"cherry bomb"));
        assertEquals(List.of(), find(search, "OR"));
    }
}
