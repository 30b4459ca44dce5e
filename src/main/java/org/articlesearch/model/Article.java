package org.articlesearch.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One article as read from its source: the text that offsets refer to, and the blocks the format
 * delimits in it. Metadata fields are null when the source does not state them.
 *
 * @param id        stable id, unique within one input
 * @param title     the article's title (may be empty, never null)
 * @param text      the article text; every {@link Block} and every split offset indexes it
 * @param blocks    body blocks in order (the title line of a plain-text file is not a block)
 * @param source    where it came from (a path, or "path:line" for JSON Lines)
 * @param url       the article's address, if known
 * @param published publication date as the source wrote it, if known
 * @param author    author as the source wrote it, if known
 */
public record Article(String id, String title, String text, List<Block> blocks,
                      String source, String url, String published, String author) {

    public Article {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        Objects.requireNonNull(text, "text");
        blocks = List.copyOf(blocks);
        for (Block b : blocks) {
            if (b.end() > text.length()) {
                throw new IllegalArgumentException("block " + b + " runs past the text (" + text.length() + ")");
            }
        }
    }

    /**
     * An article from plain text whose paragraphs are separated by blank lines (or, when the text has
     * no blank line at all, by line breaks). Example: {@code Article.of("a1", "Title", "One.\n\nTwo.")}.
     */
    public static Article of(String id, String title, String text) {
        return new Article(id, title, text, paragraphBlocks(text, 0), id, null, null, null);
    }

    /** Blocks of {@code text} from {@code from} on: runs of non-blank lines, trimmed of surrounding space. */
    public static List<Block> paragraphBlocks(String text, int from) {
        // Blank lines right after the title say nothing about how the body separates paragraphs.
        while (from < text.length() && Character.isWhitespace(text.charAt(from))) from++;
        boolean blankLines = text.indexOf("\n\n", from) >= 0 || text.indexOf("\r\n\r\n", from) >= 0
                || containsBlankLine(text, from);
        List<Block> blocks = new ArrayList<>();
        int i = from;
        int n = text.length();
        while (i < n) {
            int lineEnd = text.indexOf('\n', i);
            if (lineEnd < 0) lineEnd = n;
            if (isBlank(text, i, lineEnd)) {
                i = lineEnd + 1;
                continue;
            }
            int blockStart = i;
            int blockEnd = lineEnd;
            i = lineEnd + 1;
            // With blank-line separated text, following non-blank lines belong to the same block.
            while (blankLines && i < n) {
                int next = text.indexOf('\n', i);
                if (next < 0) next = n;
                if (isBlank(text, i, next)) break;
                blockEnd = next;
                i = next + 1;
            }
            int s = blockStart, e = blockEnd;
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (e > s) blocks.add(new Block(s, e, BlockKind.BODY));
        }
        return blocks;
    }

    private static boolean containsBlankLine(String text, int from) {
        int i = text.indexOf('\n', from);
        while (i >= 0) {
            int next = text.indexOf('\n', i + 1);
            if (next < 0) return false;
            if (isBlank(text, i + 1, next)) return true;
            i = next;
        }
        return false;
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) return false;
        }
        return true;
    }
}
