package org.articlesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Highlights built from a whole marked copy (the Solr backend's) read like the local highlighter's. */
class MarkedTextTest {
    @Test
    void aQuoteComesBackWholeEscapedWithItsMarks() {
        String text = "By the time we got to 'Cherry Bomb' they <really> excelled.";
        String marked = "By the time we got to '<mark>Cherry Bomb</mark>' they <really> excelled.";
        assertEquals("By the time we got to &#39;<mark>Cherry Bomb</mark>&#39; they &lt;really&gt; excelled.",
                MarkedText.highlight("quote", text, marked));
    }

    @Test
    void aLongParagraphIsCutToTheSentencesAroundItsFirstMatch() {
        String before = "The first sentence has nothing to do with it. ".repeat(12);
        String text = before + "Then the cherry bomb went off in the yard. " + "More words follow here, many of them. ".repeat(20);
        String marked = text.replace("cherry bomb", "<mark>cherry bomb</mark>");
        String h = MarkedText.highlight("paragraph", text, marked);
        assertTrue(h.startsWith("… "), h);
        assertTrue(h.contains("<mark>cherry bomb</mark>"), h);
        assertTrue(h.endsWith(" …"), h);
        assertTrue(h.length() < 400, h);
        assertTrue(h.startsWith("… The first sentence") || h.startsWith("… Then the"), "it starts at a sentence: " + h);
    }

    @Test
    void aMarkedCopyThatIsNotTheTextIsIgnoredRatherThanMisplaced() {
        String text = "A short caption.";
        assertEquals("A short caption.", MarkedText.highlight("caption", text, "A <mark>long</mark> caption."));
        assertEquals("A short caption.", MarkedText.highlight("caption", text, null));
        assertNull(MarkedText.whole(text, "A short caption."), "nothing marked: no highlight in the article view");
        assertEquals("A <mark>short</mark> caption.", MarkedText.whole(text, "A <mark>short</mark> caption."));
    }

    @Test
    void aTextThatContainsAMarkTagOfItsOwnStillAligns() {
        String text = "Use <mark> to highlight.";
        String marked = "Use <mark> to <mark>highlight</mark>.";
        assertEquals("Use &lt;mark&gt; to <mark>highlight</mark>.", MarkedText.highlight("quote", text, marked));
    }
}
