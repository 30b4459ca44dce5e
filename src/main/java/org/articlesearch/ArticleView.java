package org.articlesearch;

import java.util.List;
import org.articlesearch.model.AlsoIn;
import org.articlesearch.model.Hit;

/**
 * An article as indexed: its documents in article order (no highlight, score 0).
 *
 * @param articleId the article's id
 * @param title     its title
 * @param published the day it was published, ISO 8601; null when unknown
 * @param author    its author as the source wrote it; null when unknown
 * @param url       its address; null when unknown
 * @param nearCopies the other articles found to be near copies of it when it was indexed (the same
 *                  story republished with a line changed), or of which it is one; null when none
 * @param documents its quotes, paragraphs and captions in the order they were cut
 */
public record ArticleView(String articleId, String title, String published, String author, String url,
                          AlsoIn nearCopies, List<Hit> documents) {
    public ArticleView {
        documents = List.copyOf(documents);
    }

    /** An article that is no near copy of another. */
    public ArticleView(String articleId, String title, String published, String author, String url, List<Hit> documents) {
        this(articleId, title, published, author, url, null, documents);
    }
}
