package org.articlesearch;

import java.util.List;
import org.articlesearch.model.Article;
import org.articlesearch.model.Hit;
import org.articlesearch.model.SearchRequest;
import org.articlesearch.model.SearchResult;

/** Small helpers shared by the search tests. */
final class SearchTestSupport {
    private SearchTestSupport() {
    }

    /** An in-memory index holding {@code articles}, committed. */
    static ArticleSearch indexOf(Article... articles) {
        ArticleSearch search = ArticleSearch.inMemory();
        for (Article a : articles) search.add(a);
        search.commit();
        return search;
    }

    /** Ids of the articles of the hits, best first, each once (the splitter may cut an article into several hits). */
    static List<String> articleIds(SearchResult r) {
        return r.hits().stream().map(Hit::articleId).distinct().toList();
    }

    static List<String> find(ArticleSearch search, String query) {
        return articleIds(search.search(SearchRequest.of(query)));
    }
}
