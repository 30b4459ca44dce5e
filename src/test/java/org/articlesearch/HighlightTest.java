package org.articlesearch;

import static org.articlesearch.SearchTestSupport.indexOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.articlesearch.model.Article;
import org.articlesearch.model.Hit;
import org.articlesearch.model.SearchRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The highlighted text shown for each hit. */
class HighlightTest {
    private ArticleSearch search;

    @AfterEach
    void close() {
        if (search != null) search.close();
    }

    private Hit first(String query) {
        return search.search(SearchRequest.of(query)).hits().getFirst();
    }

    @Test
    void aPhraseIsMarkedAsOneSpanAndItsWordsElsewhereAreNot() {
        search = indexOf(Article.of("a", "T", "A cherry fell. They played Cherry Bomb loud."));
        assertEquals("A cherry fell. They played <mark>Cherry Bomb</mark> loud.", first("\"cherry bomb\"").highlight());
    }

    @Test
    void marksSitOnTheOriginalCharactersOfCurlyQuotesAndHyphens(@TempDir Path dir) throws IOException {
        String text = "They yelled “ch-ch-ch-cherry bomb” and It’s over.";
        HandSplit.rebuild(dir, HandSplit.article("a", "T", text).paragraph(text));
        search = ArticleSearch.openReadOnly(dir);
        assertEquals("They yelled “ch-ch-ch-<mark>cherry bomb</mark>” and <mark>It’s over</mark>.",
                first("\"cherry bomb\" OR \"it's over\"").highlight());
    }

    @Test
    void overlappingMatchesOfAPhraseAreOneMark() {
        search = indexOf(Article.of("a", "T", "She sang la la la land, then la."));
        assertEquals("She sang <mark>la la la</mark> land, then la.", first("\"la la\"").highlight());
    }

    @Test
    void wordsAreMarkedInEveryForm() {
        search = indexOf(Article.of("a", "T", "She sings; they sang; we are singing."));
        assertEquals("She <mark>sings</mark>; they sang; we are <mark>singing</mark>.", first("sing").highlight());
    }

    @Test
    void markupInTheTextIsEscaped() {
        search = indexOf(Article.of("a", "T", "A post said <script>alert(1)</script> & more."));
        String h = first("<script>").highlight();
        assertEquals("A post said &lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt; &amp; more.", h);
        assertFalse(h.contains("<script"));
    }

    @Test
    void aLongParagraphShowsItsBestPassageBetweenEllipses() {
        String filler = "Nothing of note happened on this particular day in the town. ".repeat(12);
        search = indexOf(Article.of("a", "T", filler + "Then the volcano woke up and smoke rose. " + filler));
        String h = first("volcano").highlight();
        assertTrue(h.startsWith("… "), h);
        assertTrue(h.endsWith(" …"), h);
        assertTrue(h.contains("Then the <mark>volcano</mark> woke up"), h);
        assertTrue(h.length() < 600, h);
    }

    @Test
    void aLongParagraphWithoutAMatchInItsTextShowsItsStart() {
        String text = "Nothing of note happened on this particular day in the town. ".repeat(12);
        search = indexOf(Article.of("a", "Volcano diary", text));
        String h = first("volcano").highlight();
        assertTrue(h.startsWith("Nothing of note"), h);
        assertTrue(h.endsWith(" …"), h);
        assertTrue(h.length() < 320, h);
    }

    @Test
    void quotesAndCaptionsComeBackWhole(@TempDir Path dir) throws IOException {
        String quote = "We were kids. We had guitars. Nobody thought we could play, and then we did, loud.";
        HandSplit.rebuild(dir, HandSplit.article("a", "T", "“" + quote + "” she said.\n\nThe band on stage.")
                .quote(quote, "Joan Jett")
                .caption("The band on stage."));
        search = ArticleSearch.openReadOnly(dir);
        assertEquals(quote.replace("guitars", "<mark>guitars</mark>"), first("guitars").highlight());
        assertEquals("The <mark>band</mark> on stage.", first("band").highlight());
    }
}
