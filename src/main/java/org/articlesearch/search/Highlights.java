package org.articlesearch.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.articlesearch.index.ArticleAnalyzer;
import org.articlesearch.index.Fields;
import org.articlesearch.split.PassageType;

/**
 * Highlights the text of hits from the offsets stored in the postings. Quotes, captions and short
 * paragraphs come back whole; long paragraphs as their best one or two passages of a few hundred
 * characters.
 */
final class Highlights {
    static final int PASSAGE_CHARS = 250;
    /** A paragraph this short is shown whole: cutting it would hide little and confuse more. */
    static final int WHOLE_TEXT_CHARS = 400;
    static final int MAX_PASSAGES = 2;
    /** Length of the plain start of a paragraph shown when nothing in it matched. */
    static final int SUMMARY_CHARS = 300;
    /** Highlight the whole text even of a very long document, rather than silently stop at 10,000 chars. */
    private static final int MAX_LENGTH = 1_000_000;

    private final UnifiedHighlighter whole;
    private final UnifiedHighlighter passages;

    Highlights(IndexSearcher searcher, ArticleAnalyzer analyzer) {
        whole = builder(searcher, analyzer).withBreakIterator(WholeBreakIterator::new).build();
        passages = builder(searcher, analyzer)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_CHARS, 0f))
                .build();
    }

    private static UnifiedHighlighter.Builder builder(IndexSearcher searcher, ArticleAnalyzer analyzer) {
        // Weight matches mark what the query matched: a phrase as one span, not its words elsewhere.
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withWeightMatches(true)
                .withHighlightPhrasesStrictly(true)
                .withFormatter(new MarkFormatter())
                .withMaxLength(MAX_LENGTH)
                .withMaxNoHighlightPassages(0);
    }

    /**
     * The highlighted text of each document, or null where nothing in the text matched.
     *
     * @param wholeText per document: true to return the whole text, false for the best passages
     */
    String[] highlight(Query query, int[] docIds, boolean[] wholeText) throws IOException {
        String[] out = new String[docIds.length];
        highlightInto(out, whole, query, docIds, wholeText, true, 1);
        highlightInto(out, passages, query, docIds, wholeText, false, MAX_PASSAGES);
        return out;
    }

    private static void highlightInto(String[] out, UnifiedHighlighter highlighter, Query query, int[] docIds,
                                      boolean[] wholeText, boolean whole, int maxPassages) throws IOException {
        int[] index = new int[docIds.length];
        int n = 0;
        for (int i = 0; i < docIds.length; i++) {
            if (wholeText[i] == whole) index[n++] = i;
        }
        if (n == 0) return;
        int[] ids = new int[n];
        for (int k = 0; k < n; k++) ids[k] = docIds[index[k]];
        String[] found = highlighter.highlightFields(new String[] {Fields.TEXT}, query, ids, new int[] {maxPassages})
                .get(Fields.TEXT);
        for (int k = 0; k < n; k++) out[index[k]] = found[k];
    }

    /** True when a document of this type and text is shown whole rather than cut into passages. */
    static boolean showsWhole(String type, String text) {
        return !PassageType.PARAGRAPH.label().equals(type) || text.length() <= WHOLE_TEXT_CHARS;
    }

    /** The escaped text shown when nothing in it matched: all of it, or the start of a long paragraph. */
    static String unhighlighted(String text, boolean wholeText) {
        if (wholeText) return Html.escape(text);
        int cut = text.lastIndexOf(' ', SUMMARY_CHARS);
        if (cut < SUMMARY_CHARS / 2) cut = SUMMARY_CHARS;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) cut--;
        return Html.escape(text.substring(0, cut).stripTrailing()) + " " + MarkFormatter.ELLIPSIS;
    }
}
