package org.articlesearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.articlesearch.model.Article;
import org.articlesearch.model.Facets;
import org.articlesearch.model.PassageType;
import org.articlesearch.model.SearchRequest;
import org.articlesearch.model.SearchResult;
import org.articlesearch.model.SortOrder;
import org.articlesearch.search.ResultCache;
import org.junit.jupiter.api.Test;

/** A request asked again is answered from memory, never with an answer the index no longer gives. */
class ResultCacheTest {
    private static final Article PORT = Article.of("port", "Port strike",
            "Dockers walked out at dawn. \"We will not load a single ship,\" said Maria Lopez, the union's organiser.");
    private static final Article HARBOUR = Article.of("harbour", "Harbour reopens",
            "The harbour reopened after the strike. \"Every ship is moving again,\" said Tom Reyes, the harbour master.");

    @Test
    void aCachedAnswerIsTheAnswerASearchWithoutTheCacheGives() {
        List<SearchRequest> requests = List.of(SearchRequest.of("ship"), SearchRequest.of("\"single ship\""),
                SearchRequest.of("ship").withTypes(PassageType.QUOTE), SearchRequest.of("strike").withSpeaker("Lopez"),
                new SearchRequest("ship", null, null, null, 1, 1, null, null, SortOrder.NEWEST, false), SearchRequest.of("-ship strike"));
        try (ArticleSearch cached = SearchTestSupport.indexOf(PORT, HARBOUR).withResultCache(16);
             ArticleSearch plain = SearchTestSupport.indexOf(PORT, HARBOUR)) {
            for (int round = 0; round < 2; round++) {
                for (SearchRequest r : requests) {
                    SearchResult a = cached.search(r), b = plain.search(r);
                    assertEquals(b.total(), a.total(), r.toString());
                    assertEquals(b.hits(), a.hits(), r.toString());
                    assertEquals(b.facets(), a.facets(), r.toString());
                    assertEquals(b.matched(), a.matched(), r.toString());
                }
            }
        }
    }

    @Test
    void aCommitDropsTheRememberedAnswers() {
        try (ArticleSearch search = SearchTestSupport.indexOf(PORT).withResultCache(16)) {
            assertEquals(List.of("port"), SearchTestSupport.find(search, "ship"));
            search.add(HARBOUR);
            search.commit();
            assertEquals(List.of("harbour", "port"), SearchTestSupport.find(search, "ship").stream().sorted().toList(),
                    "the new article is found at once");
            search.delete("port");
            search.commit();
            assertEquals(List.of("harbour"), SearchTestSupport.find(search, "ship"), "the deleted article is gone at once");
        }
    }

    @Test
    void theSameRequestOnTheSameViewSearchesOnceAndTheLeastRecentlyUsedGoesFirst() {
        ResultCache cache = new ResultCache(2);
        AtomicInteger searches = new AtomicInteger();
        Supplier<SearchResult> search = () -> {
            searches.incrementAndGet();
            return new SearchResult(1, 5.0, new Facets(java.util.Map.of(), java.util.Map.of()), List.of());
        };
        Object view = new Object();
        SearchRequest a = SearchRequest.of("a"), b = SearchRequest.of("b"), c = SearchRequest.of("c");
        cache.get(view, a, search);
        SearchResult again = cache.get(view, a, search);
        assertEquals(1, searches.get(), "asked twice, searched once");
        assertEquals(1, again.total());
        cache.get(view, b, search);
        cache.get(view, a, search); // a is now the most recent
        cache.get(view, c, search); // evicts b
        assertEquals(3, searches.get());
        cache.get(view, a, search);
        assertEquals(3, searches.get(), "a stayed");
        cache.get(view, b, search);
        assertEquals(4, searches.get(), "b was evicted");
        cache.get(new Object(), a, search);
        assertEquals(5, searches.get(), "a new view is searched afresh");
    }

    @Test
    void noCacheSearchesEveryTimeAndANegativeSizeIsRefused() {
        ResultCache none = new ResultCache(0);
        AtomicInteger searches = new AtomicInteger();
        SearchResult r = new SearchResult(0, 1.0, new Facets(java.util.Map.of(), java.util.Map.of()), List.of());
        Object view = new Object();
        for (int i = 0; i < 3; i++) {
            assertSame(r, none.get(view, SearchRequest.of("a"), () -> {
                searches.incrementAndGet();
                return r;
            }));
        }
        assertEquals(3, searches.get());
        assertThrows(IllegalArgumentException.class, () -> new ResultCache(-1));
    }
}
