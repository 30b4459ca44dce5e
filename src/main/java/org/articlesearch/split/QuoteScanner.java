package org.articlesearch.split;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds the outermost quoted spans of a block of text. Quotation marks may be straight or curly,
 * double or single; a quote inside a quote stays inside it; a quote that is never closed runs to
 * the end of the block.
 */
final class QuoteScanner {
    private QuoteScanner() {
    }

    enum Mark { DOUBLE, SINGLE }

    /**
     * A top-level quoted span: the opening mark at {@code open}, the content
     * {@code [contentStart, contentEnd)}, and the closing mark at {@code close} (-1 when unclosed).
     */
    record Span(Mark mark, int open, int contentStart, int contentEnd, int close) {
        boolean closed() {
            return close >= 0;
        }
    }

    private record Open(Mark mark, boolean straight, int pos) {
    }

    static List<Span> scan(String text, int from, int to) {
        List<Span> spans = new ArrayList<>();
        Deque<Open> stack = new ArrayDeque<>(); // first = innermost
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            // Below « only " and ' can be quotation marks: skip the rest before looking around them.
            if (c < '«' && c != '"' && c != '\'') continue;
            char prev = i > from ? text.charAt(i - 1) : ' ';
            char next = i + 1 < to ? text.charAt(i + 1) : ' ';
            switch (c) {
                case '"' -> {
                    Open open = find(stack, Mark.DOUBLE);
                    boolean canOpen = opensBefore(prev) && !Token.isSpace(next);
                    boolean canClose = !Token.isSpace(prev) && closesBefore(next);
                    if (open != null && (canClose || !canOpen)) {
                        close(stack, open, i, text, spans);
                    } else if (canOpen) {
                        if (open != null) endUnclosed(stack, open, i, text, spans);
                        stack.push(new Open(Mark.DOUBLE, true, i));
                    }
                }
                case '“', '„', '«' -> {
                    Open open = find(stack, Mark.DOUBLE);
                    if (open != null && !Token.isSpace(prev) && closesBefore(next) && !opensBefore(prev)) {
                        // Sloppy text closes with an opening mark.
                        close(stack, open, i, text, spans);
                    } else if (open != null && !open.straight() && c == '“') {
                        // A new curly quote while one is open: the earlier one was left unclosed.
                        endUnclosed(stack, open, i, text, spans);
                        stack.push(new Open(Mark.DOUBLE, false, i));
                    } else {
                        stack.push(new Open(Mark.DOUBLE, false, i));
                    }
                }
                case '”', '»' -> {
                    Open open = find(stack, Mark.DOUBLE);
                    if (open != null) close(stack, open, i, text, spans);
                }
                case '‘' -> {
                    if (!Character.isLetterOrDigit(prev) && !Character.isDigit(next) && !Token.isSpace(next)) {
                        stack.push(new Open(Mark.SINGLE, false, i));
                    }
                }
                case '’', '\'' -> {
                    if (Character.isLetter(prev) && Character.isLetter(next)) break; // it's, O’Malley
                    // Two apostrophes ('') are an archive's stand-in for a double mark, which the
                    // quote conventions we follow do not include; read them as neither.
                    if (c == '\'' && (prev == '\'' || next == '\'')) break;
                    Open open = find(stack, Mark.SINGLE);
                    if (open != null && !Token.isSpace(prev) && closesBefore(next)) {
                        close(stack, open, i, text, spans);
                    } else if (c == '\'' && opensBefore(prev) && Character.isLetter(next)) {
                        stack.push(new Open(Mark.SINGLE, true, i));
                    }
                }
                default -> {
                }
            }
        }
        // Only an unclosed double quote runs to the end: a lone single mark is usually an apostrophe.
        Open outer = stack.peekLast();
        if (outer != null && outer.mark() == Mark.DOUBLE) {
            spans.add(new Span(Mark.DOUBLE, outer.pos(), outer.pos() + 1, to, -1));
        }
        return spans;
    }

    private static Open find(Deque<Open> stack, Mark mark) {
        for (Open o : stack) {
            if (o.mark() == mark) return o;
        }
        return null;
    }

    /** Closes {@code open} (and anything opened inside it); records the span if it was outermost. */
    private static void close(Deque<Open> stack, Open open, int at, String text, List<Span> spans) {
        while (!stack.isEmpty() && stack.peek() != open) stack.pop();
        stack.pop();
        if (stack.isEmpty()) spans.add(new Span(open.mark(), open.pos(), open.pos() + 1, at, at));
    }

    /** Ends an unclosed quote just before a new one opens. */
    private static void endUnclosed(Deque<Open> stack, Open open, int at, String text, List<Span> spans) {
        while (!stack.isEmpty() && stack.peek() != open) stack.pop();
        stack.pop();
        if (stack.isEmpty()) {
            int end = at;
            while (end > open.pos() + 1 && Token.isSpace(text.charAt(end - 1))) end--;
            spans.add(new Span(open.mark(), open.pos(), open.pos() + 1, end, -1));
        }
    }

    private static boolean opensBefore(char prev) {
        return Token.isSpace(prev) || "([{—–-/:;“‘\"'…".indexOf(prev) >= 0;
    }

    private static boolean closesBefore(char next) {
        return Token.isSpace(next) || ".,;:!?)]}—–-”’\"'…".indexOf(next) >= 0;
    }
}
