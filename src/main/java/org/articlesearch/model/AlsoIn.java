package org.articlesearch.model;

import java.util.List;

/**
 * Where else a hit's text appears: the same quote or paragraph in other articles (republished news,
 * a quote run in many stories), which the result shows once.
 *
 * @param count    how many other articles hold it
 * @param articles the first of them by id, at most {@value Grouping#NAMED_ARTICLES}
 */
public record AlsoIn(long count, List<String> articles) {
    public AlsoIn {
        articles = List.copyOf(articles);
    }
}
