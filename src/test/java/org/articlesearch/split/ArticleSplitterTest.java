package org.articlesearch.split;

import org.articlesearch.model.Passage;
import org.articlesearch.model.PassageType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.articlesearch.model.Article;
import org.articlesearch.model.Block;
import org.articlesearch.model.BlockKind;
import org.junit.jupiter.api.Test;

class ArticleSplitterTest {
    private final ArticleSplitter splitter = new ArticleSplitter();

    private List<Passage> split(String body) {
        return splitter.split(Article.of("a", "A title", body));
    }

    private List<Passage> quotes(String body) {
        return split(body).stream().filter(p -> p.type() == PassageType.QUOTE).toList();
    }

    private Passage onlyQuote(String body) {
        List<Passage> q = quotes(body);
        assertEquals(1, q.size(), () -> "quotes: " + q);
        return q.get(0);
    }

    @Test
    void quoteFollowedBySaysNameIsAttributedToThatName() {
        Passage q = onlyQuote("\"We were really worried about the weather today\" says Stewart.");
        assertEquals("We were really worried about the weather today", q.text());
        assertEquals("Stewart", q.speaker());
    }

    @Test
    void nameSaidColonBeforeTheQuoteAttributesIt() {
        assertEquals("Stewart", onlyQuote("Stewart said: \"It was the best day of my life.\"").speaker());
    }

    @Test
    void verbBeforeATitledNameDropsTheTitle() {
        Passage q = onlyQuote("\"Profits will rise again next year,\" said chief executive Jane Doe.");
        assertEquals("Jane Doe", q.speaker());
        assertEquals("Profits will rise again next year", q.text(), "the comma before the closing mark is not quoted text");
    }

    @Test
    void accordingToNamesTheSpeaker() {
        assertEquals("Jane Doe", onlyQuote("\"The market is not ready for this,\" according to Jane Doe.").speaker());
    }

    @Test
    void pronounResolvesToThePersonNamedJustBefore() {
        Passage q = onlyQuote("Maria Lopez runs the bakery on Main Street.\n\n\"We bake every loaf by hand here,\" she says.");
        assertEquals("Maria Lopez", q.speaker());
    }

    @Test
    void pronounStaysUnknownWhenNoOneWasNamed() {
        assertNull(onlyQuote("\"We bake every loaf by hand here,\" she says.").speaker());
    }

    @Test
    void pronounIsNotResolvedToSomeoneTheQuoteTalksAbout() {
        Passage q = onlyQuote("Kristen Stewart plays the lead.\n\n\"I had two weeks with Kristen before we started,\" she says.");
        assertNull(q.speaker(), "people do not talk about themselves by their first name");
    }

    @Test
    void surnameIsShownAsTheFullNameGivenEarlier() {
        Passage q = onlyQuote("Tony Blair spoke in London.\n\n\"We will not change course on this,\" Mr Blair said.");
        assertEquals("Tony Blair", q.speaker());
    }

    @Test
    void followOnQuoteKeepsThePreviousSpeaker() {
        List<Passage> q = quotes("\"The plan is working well,\" said Jane Doe. \"We expect more of the same next year.\"");
        assertEquals(2, q.size());
        assertEquals("Jane Doe", q.get(1).speaker());
    }

    @Test
    void quoteInsideAQuoteStaysInside() {
        Passage q = onlyQuote("\"By the time we got to 'Cherry Bomb' they really excelled as a band,\" she says.");
        assertTrue(q.text().contains("'Cherry Bomb'"));
    }

    @Test
    void curlyQuotesNestInsideStraightOnes() {
        Passage q = onlyQuote("\"Girls will be singing “ch-ch-cherry bomb” thanks to this electric track\". Source:");
        assertTrue(q.text().endsWith("electric track"), q.text());
    }

    @Test
    void unclosedQuoteEndsWithItsParagraph() {
        List<Passage> q = quotes("\"They have a very distinctive sound. It's not just singing.\n\nThe band formed in 1975.");
        assertEquals(1, q.size());
        assertEquals("They have a very distinctive sound. It's not just singing.", q.get(0).text());
    }

    @Test
    void unclosedQuoteRunsIntoAParagraphThatOpensWithAQuotationMark() {
        List<Passage> q = quotes("“We started with nothing at all,” she said. “Then the orders came in from everywhere.\n\n"
                + "“By spring we had hired ten more people to keep up.”");
        assertEquals(2, q.size());
        assertTrue(q.get(1).text().startsWith("Then the orders"));
        assertTrue(q.get(1).text().endsWith("keep up."), q.get(1).text());
        assertEquals(0, q.get(1).paragraph(), "a continued quote keeps the paragraph it starts in");
    }

    @Test
    void songTitlesNicknamesAndScareQuotesAreNotQuotes() {
        assertTrue(quotes("Listen to the song \"Hollywood\" by The Runaways tonight.").isEmpty());
        assertTrue(quotes("She is asked to act out the famous mic \"over the leg\" move on stage.").isEmpty());
        assertTrue(quotes("The film \"The Lord of the Rings\" opened on Friday.").isEmpty());
        assertTrue(quotes("The team, nicknamed \"the Lions of the North\", won again.").isEmpty());
    }

    @Test
    void doubledApostrophesAreNotReadAsQuotationMarks() {
        assertTrue(quotes("''I hope so, and I hope it lasts,'' Mrs. Clinton said.").isEmpty());
    }

    @Test
    void captionGluedToAParagraphIsCutOffAsACaption() {
        List<Passage> all = split("\"It's trying to sound like them. Kristen said so.Kristen Stewart with Joan Jett at the Los Angeles Premiere.");
        Passage caption = all.stream().filter(p -> p.type() == PassageType.CAPTION).findFirst().orElseThrow();
        assertEquals("Kristen Stewart with Joan Jett at the Los Angeles Premiere.", caption.text());
        for (Passage p : all) {
            if (p.type() != PassageType.CAPTION) assertFalse(p.text().contains("Joan Jett"), p.toString());
        }
    }

    @Test
    void sentencesGluedTogetherInProseAreNotCaptions() {
        List<Passage> all = split("“The Chinese have control,” Trump said.Trump claimed that he learned this from business people.");
        assertTrue(all.stream().noneMatch(p -> p.type() == PassageType.CAPTION));
    }

    @Test
    void shortMediaLinesAreCaptions() {
        List<Passage> all = split("The band played on.\n\nListen to\n\"Hollywood\" by The Runaways\n\n"
                + "Watch: the cast talks about the film at the opening of the festival");
        assertEquals(List.of(PassageType.PARAGRAPH, PassageType.CAPTION, PassageType.CAPTION),
                all.stream().map(Passage::type).toList());
    }

    @Test
    void ordinaryShortParagraphsStayParagraphs() {
        List<Passage> all = split("Shares in the firm rose 5% on Monday.\n\nThe company was founded in 1990.");
        assertTrue(all.stream().allMatch(p -> p.type() == PassageType.PARAGRAPH));
    }

    @Test
    void offsetsPointIntoTheArticleText() {
        Article a = Article.of("a", "T", "T\n\nIntro line here.\n\n\"We will win this fight together,\" said Jane Doe.");
        for (Passage p : splitter.split(a)) {
            assertEquals(a.text().substring(p.start(), p.end()), p.text());
        }
    }

    @Test
    void documentsComeInArticleOrderWithUniqueIds() {
        List<Passage> all = split("One.\n\n\"We will win this fight together,\" said Jane Doe.\n\nThree.");
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).start() <= all.get(i).start());
        }
        assertEquals(all.size(), all.stream().map(Passage::id).distinct().count());
    }

    @Test
    void blockQuotesAreQuoteDocumentsCreditedToTheirCiteOrToWhoTheParagraphBeforeIntroduces() {
        String text = "The mayor, Mary Smith, wrote to residents:\n\nWe have waited long enough for this bridge.\n\n"
                + "The letter went out on Monday.\n\nIt will change how the whole town gets to work.";
        List<Block> blocks = List.of(new Block(0, 42, BlockKind.BODY), new Block(44, 87, BlockKind.QUOTE),
                new Block(89, 119, BlockKind.BODY), new Block(121, 168, BlockKind.QUOTE, "Tom Brown"));
        List<Passage> passages = splitter.split(new Article("a", "Bridge", text, blocks, "a.html", null, null, null));
        List<Passage> quotes = passages.stream().filter(p -> p.type() == PassageType.QUOTE).toList();
        assertEquals(List.of("We have waited long enough for this bridge.", "It will change how the whole town gets to work."),
                quotes.stream().map(Passage::text).toList());
        assertEquals("Mary Smith", quotes.get(0).speaker());
        assertEquals("Tom Brown", quotes.get(1).speaker());
        assertEquals(2, passages.stream().filter(p -> p.type() == PassageType.PARAGRAPH).count(), passages::toString);
    }
}
