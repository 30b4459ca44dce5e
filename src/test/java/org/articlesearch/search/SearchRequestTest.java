package org.articlesearch.search;

import org.articlesearch.model.SearchRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.articlesearch.model.PassageType;
import org.junit.jupiter.api.Test;

class SearchRequestTest {
    @Test
    void aNewRequestAsksForTheFirstTenHitsOfEveryType() {
        SearchRequest r = SearchRequest.of("cherry");
        assertEquals(10, r.limit());
        assertEquals(0, r.offset());
        assertEquals(Set.of(), r.types());
        assertNull(r.speaker());
    }

    @Test
    void aLimitOrOffsetOutOfRangeIsRefusedWithItsBounds() {
        SearchRequest r = SearchRequest.of("cherry");
        assertEquals("limit must be between 0 and 100, was 101",
                assertThrows(IllegalArgumentException.class, () -> r.withLimit(101)).getMessage());
        assertEquals("offset must be between 0 and 10000, was -1",
                assertThrows(IllegalArgumentException.class, () -> r.withOffset(-1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> r.withOffset(10_001));
    }

    @Test
    void blankFiltersMeanNoFilter() {
        SearchRequest r = SearchRequest.of(null).withSpeaker("  ").withArticle("").withTypes((Set<PassageType>) null);
        assertEquals("", r.query());
        assertNull(r.speaker());
        assertNull(r.articleId());
        assertEquals(Set.of(), r.types());
    }
}
