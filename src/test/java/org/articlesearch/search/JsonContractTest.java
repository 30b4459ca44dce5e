package org.articlesearch.search;

import org.articlesearch.model.Hit;
import org.articlesearch.model.SearchResult;
import org.articlesearch.model.Facets;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON a client reads: field names are a public contract. */
class JsonContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aSearchResultSerializesWithTheContractFieldNames() throws Exception {
        Hit hit = new Hit("a#0", "a", "quote", "Title", "Text", "<mark>Text</mark>", "Joan Jett", "she", 20, 23, 1.5f, 0, 1, 5);
        SearchResult result = new SearchResult(1, SearchResult.MOST, 2.5,
                new Facets(Map.of("quote", 1L, "paragraph", 0L, "caption", 0L), Map.of("Joan Jett", 1L)), List.of(hit));
        JsonNode json = JSON.readTree(JSON.writeValueAsString(result));
        assertEquals(List.of("total", "matched", "tookMs", "facets", "hits"), names(json));
        assertEquals("most", json.get("matched").asText());
        assertEquals(List.of("type", "speaker"), names(json.get("facets")));
        assertEquals(List.of("id", "articleId", "type", "title", "published", "author", "url", "text", "highlight", "speaker", "speakerMention",
                "speakerStart", "speakerEnd", "score", "paragraph", "start", "end", "alsoIn"), names(json.get("hits").get(0)));
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
