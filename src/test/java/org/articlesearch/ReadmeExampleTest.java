package org.articlesearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.articlesearch.model.Article;
import org.articlesearch.model.PassageType;
import org.articlesearch.model.SearchRequest;
import org.articlesearch.model.SearchResult;
import org.junit.jupiter.api.Test;

/**
 * The README's library example (`example.SearchExample`), step by step, for a quick answer in the unit
 * tests; LibraryIT compiles and runs the README's own text in a project of its own.
 */
class ReadmeExampleTest {
    @Test
    void theReadmeEmbeddingExampleWorksAsWritten() {
        List<String> lines;
        long documents;
        long afterDelete;
        try (ArticleSearch search = ArticleSearch.inMemory()) {
            search.add(Article.of("launch", "The launch",
                    "The rocket left on time.\n\n\"It was a perfect countdown,\" said flight director Ana Ruiz."));
            search.commit();
            SearchResult result = search.search(SearchRequest.of("countdown").withTypes(PassageType.QUOTE));
            lines = result.hits().stream().map(hit -> hit.speaker() + ": " + hit.text()).toList();
            documents = search.stats().documents();
            search.delete("launch");
            search.commit();
            afterDelete = search.search(SearchRequest.of("countdown")).total();
        }
        assertEquals(List.of("Ana Ruiz: It was a perfect countdown"), lines);
        assertEquals(3, documents);
        assertEquals(0, afterDelete);
    }
}
