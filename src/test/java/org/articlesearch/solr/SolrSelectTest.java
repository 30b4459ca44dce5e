package org.articlesearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.articlesearch.model.PassageType;
import org.articlesearch.model.SearchRequest;
import org.junit.jupiter.api.Test;

/** The bench's stock Solr request asks what our Solr backend asks, without what only the backend needs. */
class SolrSelectTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theQueryIsTheOneOurBackendSends() throws Exception {
        SearchRequest request = SearchRequest.of("prime \"planning to\" -tax").withTypes(PassageType.QUOTE).withSpeaker("Blair");
        JsonNode select = SolrSelect.json(request, true);
        SolrQueries.Params params = new SolrQueries.Params();
        JsonNode expected = JSON.valueToTree(SolrQueries.query(SolrQueries.parse(request.query()), params));
        assertEquals(expected, select.get("query"), "the same edismax per field, every word required");
        for (var p : params.entrySet()) {
            assertEquals(p.getValue().toString(), select.at("/params/" + p.getKey()).asText(), "the user's text as the same parameter " + p.getKey());
        }
        assertTrue(select.get("filter").toString().contains("{!terms f=type tag=type}quote"), select.toString());
        assertTrue(select.get("params").toString().contains("{!field f=speaker_exact"), "the speaker filter as our backend's: " + select);
    }

    @Test
    void facetsAreTheTypesIgnoringTheirFilterAndTheTopTenSpeakers() {
        JsonNode select = SolrSelect.json(SearchRequest.of("war").withTypes(PassageType.QUOTE), true);
        assertEquals("type", select.at("/facet/types/domain/excludeTags").asText());
        assertEquals(-1, select.at("/facet/types/limit").asInt());
        assertEquals(10, select.at("/facet/speakers/limit").asInt());
        assertTrue(select.at("/facet/speakers/refine").isMissingNode(), "one shard: nothing to refine");
        assertEquals("unified", select.at("/params/hl.method").asText());
    }

    @Test
    void onlyWhatOurBackendNeedsIsLeftOut() {
        JsonNode select = SolrSelect.json(SearchRequest.of("war"), true);
        assertTrue(select.at("/params/group").isMissingNode(), "no grouping of copies: " + select);
        assertTrue(select.at("/params/distrib.singlePass").isMissingNode());
        assertEquals(10, select.get("limit").asInt());
    }

    @Test
    void bareAsksTheSameWithoutHighlightingOrFacets() {
        SearchRequest request = SearchRequest.of("\"planning to\"");
        JsonNode full = SolrSelect.json(request, true);
        JsonNode bare = SolrSelect.json(request, false);
        assertEquals(full.get("query"), bare.get("query"));
        assertTrue(bare.at("/facet").isMissingNode());
        bare.get("params").fieldNames().forEachRemaining(name -> assertFalse(name.startsWith("hl"), name));
    }

    @Test
    void theUrlCarriesTheWholeRequestInSolrsJsonParameter() throws Exception {
        SearchRequest request = SearchRequest.of("cherry bomb");
        String url = SolrSelect.urlQuery(request, true);
        assertTrue(url.startsWith("json="), url);
        assertEquals(SolrSelect.json(request, true), JSON.readTree(URLDecoder.decode(url.substring(5), StandardCharsets.UTF_8)));
        assertNull(SolrSelect.urlQuery(SearchRequest.of(" - "), true), "nothing to look for, nothing to ask");
    }
}
