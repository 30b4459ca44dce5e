package org.articlesearch.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.articlesearch.split.Attribution.Kind;
import org.junit.jupiter.api.Test;

/** Each attribution points at the words of the article that say who spoke. */
class AttributionMentionTest {

    /** The text as one region, the way the splitter hands a paragraph to the rules. */
    private static ArticleTokens tokens(String text) {
        return new ArticleTokens(text, new int[] {0}, new int[] {text.length()});
    }

    /** The attribution in the words after the sentence's first quote. */
    private static Attribution after(String text, boolean quoteEndsSentence) {
        int close = text.indexOf('"', text.indexOf('"') + 1);
        return Attribution.after(tokens(text), close + 1, text.length(), quoteEndsSentence);
    }

    /** The attribution in the words before the sentence's first quote. */
    private static Attribution before(String text) {
        return Attribution.before(tokens(text), 0, text.indexOf('"'));
    }

    private static void assertMention(String text, Attribution a, Kind kind, String name, String mention) {
        assertNotNull(a, () -> "no attribution in " + text);
        assertEquals(kind, a.kind(), text);
        assertEquals(name, a.name(), text);
        assertEquals(mention, text.substring(a.start(), a.end()), text);
    }

    @Test
    void aNameAfterTheVerbIsTheMention() {
        String text = "\"We will grow again,\" said Jane Doe.";
        assertMention(text, after(text, false), Kind.NAME, "Jane Doe", "Jane Doe");
    }

    @Test
    void aNameBeforeTheVerbIsTheMention() {
        String text = "\"We will grow again,\" Jane Doe said.";
        assertMention(text, after(text, false), Kind.NAME, "Jane Doe", "Jane Doe");
    }

    @Test
    void aTitleBeforeTheNameIsNotPartOfTheMention() {
        String text = "\"We will grow again,\" said chief executive Jane Doe.";
        assertMention(text, after(text, false), Kind.NAME, "Jane Doe", "Jane Doe");
        String capitalized = "\"The jobs are coming back,\" said Labor Secretary Thomas Perez.";
        assertMention(capitalized, after(capitalized, false), Kind.NAME, "Thomas Perez", "Thomas Perez");
    }

    @Test
    void anHonorificBeforeTheNameIsNotPartOfTheMention() {
        String text = "Sen. Ted Cruz said: \"We will win this fight.\"";
        assertMention(text, before(text), Kind.NAME, "Ted Cruz", "Ted Cruz");
    }

    @Test
    void aPronounIsItsOwnMention() {
        String text = "\"No, not this year,\" he said.";
        Attribution a = after(text, false);
        assertMention(text, a, Kind.PRONOUN, "he", "he");
        assertEquals(a.start(), a.position());
    }

    @Test
    void aDescriptionIsTheWholePhrase() {
        String text = "\"The update ships in May,\" said a spokesman for Microsoft.";
        assertMention(text, after(text, false), Kind.DESCRIPTION, "a spokesman for Microsoft", "a spokesman for Microsoft");
    }

    @Test
    void aPossessiveDescriptionIsTheWholePhrase() {
        String text = "Trump's spokeswoman said: \"The rally goes ahead.\"";
        assertMention(text, before(text), Kind.DESCRIPTION, "Trump's spokeswoman", "Trump's spokeswoman");
    }

    @Test
    void anInstitutionIsNamedWithoutItsArticle() {
        String text = "\"Prices rose in every region,\" said the National Bureau of Statistics.";
        assertMention(text, after(text, false), Kind.NAME, "National Bureau of Statistics", "National Bureau of Statistics");
    }

    @Test
    void theNameAfterAccordingToIsTheMention() {
        String text = "\"Sales doubled,\" according to Jane Doe.";
        assertMention(text, after(text, false), Kind.NAME, "Jane Doe", "Jane Doe");
    }

    @Test
    void aSignatureLineNamesItsSigner() {
        String text = "\"We need a political revolution.\"\n- Bernie Sanders.";
        int line = text.indexOf('-');
        Attribution a = Attribution.signature(tokens(text), line, text.length());
        assertMention(text, a, Kind.NAME, "Bernie Sanders", "Bernie Sanders");
    }

    @Test
    void theSubjectOfASentenceIsItsMention() {
        String text = "Cross called the election \"a citizenship election\" in a speech.";
        Attribution a = Attribution.subjectOfSentence(tokens(text), 0, text.indexOf('"'));
        assertMention(text, a, Kind.NAME, "Cross", "Cross");
    }

    @Test
    void aNounPhraseSpansOnlyTheNameWordsItKeeps() {
        String text = "the Senate Majority Leader Mitch McConnell";
        Attribution a = Attribution.phrase(Token.tokenize(text, 0, text.length()));
        assertMention(text, a, Kind.NAME, "Mitch McConnell", "Mitch McConnell");
    }

    @Test
    void anUnnamedAttributionHasNoMention() {
        String text = "\"The plan will fail,\" officials said.";
        Attribution a = after(text, false);
        assertNotNull(a);
        assertEquals(Kind.UNNAMED, a.kind());
        assertEquals(-1, a.start());
        assertEquals(-1, a.end());
        assertEquals(-1, a.position());
    }
}
