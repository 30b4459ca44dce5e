package org.articlesearch.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A hit's highlight built from a text and where its matches are, for a backend whose highlighter
 * marks the whole text (Solr's unified highlighter with {@code hl.bs.type=WHOLE}): the same shape
 * as the local highlight. Quotes, captions and short paragraphs are shown whole; a long paragraph
 * as the sentences around its first match, about {@value Highlights#PASSAGE_CHARS} characters, with
 * ellipses where it is cut; a text with no match as {@link Highlights#unhighlighted}.
 */
public final class MarkedText {
    private static final String OPEN = "<mark>";
    private static final String CLOSE = "</mark>";

    private MarkedText() {
    }

    /**
     * The highlight of {@code text} given the highlighter's whole marked copy of it (the text with
     * {@code <mark>} tags added, nothing escaped); the unhighlighted form when {@code marked} is null
     * or does not read as {@code text} with tags added.
     * Example: {@code MarkedText.highlight("quote", "A cherry bomb.", "A <mark>cherry bomb</mark>.")}.
     */
    public static String highlight(String type, String text, String marked) {
        return highlight(Highlights.showsWhole(type, text), text, marked == null ? List.of() : spans(text, marked));
    }

    private static String highlight(boolean whole, String text, List<int[]> spans) {
        if (spans.isEmpty()) return Highlights.unhighlighted(text, whole);
        int from = 0;
        int to = text.length();
        if (!whole) {
            int first = spans.getFirst()[0];
            from = sentenceStart(text, first);
            to = wordEnd(text, Math.max(spans.getFirst()[1], from + Highlights.PASSAGE_CHARS));
        }
        StringBuilder sb = new StringBuilder();
        if (from > 0) sb.append(MarkFormatter.ELLIPSIS).append(' ');
        int pos = from;
        for (int[] s : spans) {
            int start = Math.max(s[0], pos);
            int end = Math.min(s[1], to);
            if (start >= end) continue;
            Html.escape(sb, text, pos, start);
            sb.append(OPEN);
            Html.escape(sb, text, start, end);
            sb.append(CLOSE);
            pos = end;
        }
        Html.escape(sb, text, pos, to);
        if (to < text.length() && !text.substring(to).isBlank()) sb.append(' ').append(MarkFormatter.ELLIPSIS);
        return sb.toString();
    }

    /**
     * The whole text, escaped, with its matches marked, as the article view shows a passage the query
     * matched; null when nothing in it was marked.
     */
    public static String whole(String text, String marked) {
        List<int[]> spans = marked == null ? List.of() : spans(text, marked);
        return spans.isEmpty() ? null : highlight(true, text, spans);
    }

    /** The marked spans as offsets into {@code text}; empty when {@code marked} is not {@code text} with tags added. */
    static List<int[]> spans(String text, String marked) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int open = -1;
        for (int j = 0; j < marked.length(); ) {
            if (open < 0 && marked.startsWith(OPEN, j) && !text.startsWith(OPEN, i)) {
                open = i;
                j += OPEN.length();
            } else if (open >= 0 && marked.startsWith(CLOSE, j) && !text.startsWith(CLOSE, i)) {
                if (i > open) out.add(new int[] {open, i});
                open = -1;
                j += CLOSE.length();
            } else if (i < text.length() && marked.charAt(j) == text.charAt(i)) {
                i++;
                j++;
            } else {
                return List.of();
            }
        }
        return i == text.length() && open < 0 ? out : List.of();
    }

    /** Where the sentence holding {@code at} starts, at most a passage's length before it. */
    private static int sentenceStart(String text, int at) {
        int limit = Math.max(0, at - Highlights.PASSAGE_CHARS / 2);
        for (int i = at - 1; i > limit; i--) {
            char c = text.charAt(i - 1);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i))) return i + 1;
        }
        if (limit == 0) return 0;
        int space = text.indexOf(' ', limit);
        return space < 0 || space >= at ? limit : space + 1;
    }

    /** The end of the word at {@code at}, or the text's end. */
    private static int wordEnd(String text, int at) {
        if (at >= text.length()) return text.length();
        int space = text.indexOf(' ', at);
        return space < 0 ? text.length() : space;
    }
}
