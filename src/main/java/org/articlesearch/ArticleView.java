package org.articlesearch;

import java.util.List;
import org.articlesearch.model.Hit;

/**
 * An article as indexed: its documents in article order (no highlight, score 0).
 *
 * @param articleId the article's id
 * @param title     its title
 * @param published the day it was published, ISO 8601; null when unknown
 * @param author    its author as the source wrote it; null when unknown
 * @param url       its address; null when unknown
 * @param documents its quotes, paragraphs and captions in the order they were cut
 */
public record ArticleView(String articleId, String title, String published, String author, String url, List<Hit> documents) {
    public ArticleView {
        documents = List.copyOf(documents);
    }
}
