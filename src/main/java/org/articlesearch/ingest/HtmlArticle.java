package org.articlesearch.ingest;

import java.util.List;
import org.articlesearch.model.BlockKind;

/**
 * The article found in a web page: what the page states about it, and its blocks in reading order.
 *
 * @param metadata title, author, date and address as the page states them
 * @param parts    the body's paragraphs, headings, list items, block quotes and captions, in order
 */
record HtmlArticle(PageMetadata metadata, List<Part> parts) {

    /**
     * One block of the article.
     *
     * @param text    normalised text; a {@code <br>} inside a paragraph is a line break
     * @param kind    body, quote ({@code <blockquote>}) or caption
     * @param speaker who a block quote is credited to ({@code <cite>}, an attribution line), or null
     */
    record Part(String text, BlockKind kind, String speaker) {
    }

    HtmlArticle {
        parts = List.copyOf(parts);
    }
}
