package org.articlesearch;

import java.util.List;
import org.articlesearch.search.Hit;

/**
 * An article as indexed: its documents in article order (no highlight, score 0).
 *
 * @param articleId the article's id
 * @param title     its title
 * @param documents its quotes, paragraphs and captions in the order they were cut
 */
public record ArticleView(String articleId, String title, List<Hit> documents) {
    public ArticleView {
        documents = List.copyOf(documents);
    }
}
