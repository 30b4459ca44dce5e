package org.articlesearch.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as HTML-escaped text with {@code <mark>} around matches, joined by
 * " … ", with an ellipsis where a passage cuts the text.
 */
final class MarkFormatter extends PassageFormatter {
    static final String ELLIPSIS = "…";

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder sb = new StringBuilder();
        int previousEnd = -1;
        int shownEnd = 0;
        for (Passage p : passages) {
            int start = p.getStartOffset();
            int end = p.getEndOffset();
            while (start < end && Character.isWhitespace(content.charAt(start))) start++;
            while (end > start && Character.isWhitespace(content.charAt(end - 1))) end--;
            if (start == end) continue;
            if (previousEnd < 0) {
                if (start > 0) sb.append(ELLIPSIS).append(' ');
            } else {
                sb.append(p.getStartOffset() > previousEnd ? " " + ELLIPSIS + " " : " ");
            }
            appendMarked(sb, p, content, start, end);
            previousEnd = p.getEndOffset();
            shownEnd = end;
        }
        if (previousEnd >= 0 && !content.substring(shownEnd).isBlank()) sb.append(' ').append(ELLIPSIS);
        return sb.toString();
    }

    private static void appendMarked(StringBuilder sb, Passage p, String content, int start, int end) {
        int pos = start;
        int[] starts = p.getMatchStarts();
        int[] ends = p.getMatchEnds();
        for (int i = 0; i < p.getNumMatches(); i++) {
            int matchStart = Math.max(starts[i], pos);
            int matchEnd = ends[i];
            // The stemmed and as-written forms of a word, or a phrase and its words, overlap: mark them once.
            while (i + 1 < p.getNumMatches() && starts[i + 1] < matchEnd) {
                matchEnd = Math.max(matchEnd, ends[++i]);
            }
            matchEnd = Math.min(matchEnd, end);
            if (matchStart >= matchEnd) continue;
            Html.escape(sb, content, pos, matchStart);
            sb.append("<mark>");
            Html.escape(sb, content, matchStart, matchEnd);
            sb.append("</mark>");
            pos = matchEnd;
        }
        Html.escape(sb, content, pos, end);
    }
}
