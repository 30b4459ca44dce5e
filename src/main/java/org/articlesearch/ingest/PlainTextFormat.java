package org.articlesearch.ingest;

import org.articlesearch.model.Article;

/** Plain text: the first non-empty line is the title, blank lines separate blocks. */
final class PlainTextFormat {
    private PlainTextFormat() {
    }

    static Article read(String id, String source, String text) throws UnreadableInputException {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        if (i == text.length()) {
            throw new UnreadableInputException("empty file");
        }
        int lineEnd = text.indexOf('\n', i);
        if (lineEnd < 0) lineEnd = text.length();
        String title = text.substring(i, lineEnd).strip();
        var blocks = Article.paragraphBlocks(text, lineEnd);
        if (blocks.isEmpty()) {
            // A one-line file is all body: losing its only line to the title would index nothing.
            blocks = Article.paragraphBlocks(text, 0);
        }
        return new Article(id, title, text, blocks, source, null, null, null);
    }
}
