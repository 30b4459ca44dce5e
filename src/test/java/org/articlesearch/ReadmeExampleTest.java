package org.articlesearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.articlesearch.ingest.Article;
import org.articlesearch.search.SearchRequest;
import org.articlesearch.search.SearchResult;
import org.articlesearch.split.PassageType;
import org.junit.jupiter.api.Test;

/** The README's Java example, line for line: if this breaks, the README is wrong. */
class ReadmeExampleTest {
    @Test
    void theReadmeEmbeddingExampleWorksAsWritten() {
        String speaker;
        long afterDelete;
        try (ArticleSearch search = ArticleSearch.inMemory()) {
            search.add(Article.of("launch", "The launch",
                    "The rocket left on time.\n\n\"It was a perfect countdown,\" said flight director Ana Ruiz."));
            search.commit();
            SearchResult result = search.search(SearchRequest.of("countdown").withTypes(PassageType.QUOTE));
            speaker = result.hits().get(0).speaker();
            search.delete("launch");
            search.commit();
            afterDelete = search.search(SearchRequest.of("countdown")).total();
        }
        assertEquals("Ana Ruiz", speaker);
        assertEquals(0, afterDelete);
    }
}
