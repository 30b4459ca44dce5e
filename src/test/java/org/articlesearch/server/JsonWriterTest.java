package org.articlesearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.articlesearch.ArticleView;
import org.articlesearch.IndexStats;
import org.articlesearch.model.Facets;
import org.articlesearch.model.Hit;
import org.articlesearch.model.SearchResult;
import org.junit.jupiter.api.Test;

/** The one JSON writer (the API, its errors, {@code search --json}, {@code split --json}) is byte for byte what Jackson writes. */
class JsonWriterTest {
    private static final ObjectMapper JACKSON = new ObjectMapper();
    private static final String AWKWARD = "“Cherry” \"bomb\" \\ / <mark>&amp;</mark> \n\r\t\b\f \u0000\u001f\u007f é 😀 \u2028";

    @Test
    void aSearchResultIsWrittenAsJacksonWritesIt() throws Exception {
        Hit quote = new Hit("a#0", "a", "quote", "Title", AWKWARD, "<mark>" + AWKWARD + "</mark>", "Joan Jett",
                AWKWARD, 0, 2_147_483_647, 1.5f, 0, 1, 5);
        Hit credited = new Hit("a#1", "a", "quote", "Title", "Text", "Text", "Tony Blair", "he", 89, 91, 2f, 1, 43, 86);
        Hit paragraph = new Hit("b#3", "b", "paragraph", AWKWARD, "Text", null, null, 12.345679f, 7, 1024, 2048);
        Hit tiny = new Hit("c#1", "c", "caption", "", "", "", "", 1.0E-5f, 0, 0, 0);
        Map<String, Long> types = new LinkedHashMap<>();
        types.put("quote", 1L);
        types.put("paragraph", 12_345_678_901L);
        types.put("caption", 0L);
        SearchResult result = new SearchResult(12_345_678_901L, 0.123456789,
                new Facets(types, Map.of(AWKWARD, 3L)), List.of(quote, credited, paragraph, tiny));
        assertSame(result);
        assertSame(new SearchResult(0, 0, new Facets(types, Map.of()), List.of()));
        assertSame(new SearchResult(2, SearchResult.MOST, 1.5, new Facets(types, Map.of()), List.of(paragraph, tiny)));
    }

    @Test
    void everyOtherAnswerIsWrittenAsJacksonWritesIt() throws Exception {
        Hit doc = new Hit("a#0", "a", "quote", "Title", "Text", null, "Ana Ruiz", 0f, 0, 0, 4);
        Hit credited = new Hit("a#1", "a", "quote", "Title", "Text", null, "Ana Ruiz", "she", 10, 13, 0f, 1, 5, 9);
        Hit dated = new Hit("a#2", "a", "paragraph", "Title", "2016-10-12", AWKWARD, "https://example.org/a?x=1&y=<2>",
                "Text", null, null, null, null, null, 0f, 2, 10, 14);
        assertSame(new ArticleView("a", AWKWARD, null, null, null, List.of(doc, credited, doc)));
        assertSame(new ArticleView("a", "Title", "2016-10-12", AWKWARD, "https://example.org/a", List.of(dated)));
        assertSame(new ArticleView("a", "Title", null, null, null,
                List.of(dated.withAlsoIn(new org.articlesearch.model.AlsoIn(12, List.of("b", AWKWARD))))));
        assertSame(new IndexStats(19_463, Map.of("quote", 8_912L), 2_226));
        assertSame(new ApiError(AWKWARD));
        assertSame(Map.of("status", "ok", "documents", 10L, "byType", Map.of("quote", 1L), "flag", true));
        assertSame(List.of(1, 2.5, -0.0, Double.MAX_VALUE, Float.MIN_VALUE));
    }

    @Test
    void aRequestJettyRefusesGetsTheApiErrorAsJacksonWritesIt() throws Exception {
        assertEquals(JACKSON.writeValueAsString(new ApiError(AWKWARD)), JsonErrorHandler.json(400, AWKWARD));
        assertEquals(JACKSON.writeValueAsString(new ApiError("HTTP 431")), JsonErrorHandler.json(431, null));
    }

    private static void assertSame(Object value) throws Exception {
        assertEquals(JACKSON.writeValueAsString(value), new JsonWriter().toJsonString(value, value.getClass()));
    }
}
