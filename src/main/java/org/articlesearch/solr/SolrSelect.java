package org.articlesearch.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.solr.client.solrj.request.json.JsonQueryRequest;
import org.articlesearch.model.SearchRequest;

/**
 * A search as one {@code GET /select} of a stock Solr, for measuring Solr beside article-search on
 * the same queries (bench {@code --vs-solr}): the query, filters and highlighting our Solr backend
 * sends (see {@link SolrQueries}: edismax per field, every word required), the type facet that ignores
 * its own filter and the top ten speakers, and nothing that only our backend needs: no grouping of
 * copies, no surname merging, no facet refinement, no second forgiving request. The whole request
 * travels in Solr's {@code json} parameter, which {@code /select} reads as it would a JSON body.
 */
public final class SolrSelect {
    /** Speakers a facet lists, as many as article-search shows. */
    public static final int TOP_SPEAKERS = SolrQueries.MAX_SPEAKERS;
    private static final ObjectMapper JSON = new ObjectMapper();

    private SolrSelect() {
    }

    /**
     * The JSON request for the first page of {@code request}; null when it looks for nothing.
     *
     * @param highlightAndFacets false for the bare search: hits and total only
     */
    public static ObjectNode json(SearchRequest request, boolean highlightAndFacets) {
        JsonQueryRequest r = SolrQueries.search(request.withGrouping(false));
        if (r == null) return null;
        ObjectNode json;
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            r.getContentWriter("application/json").write(bytes);
            json = (ObjectNode) JSON.readTree(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectNode params = (ObjectNode) json.get("params");
        // One shard: no second pass to save, and stock Solr users do not send it.
        if (params != null) params.remove("distrib.singlePass");
        if (!highlightAndFacets) {
            json.remove("facet");
            if (params != null) {
                List<String> hl = params.properties().stream().map(java.util.Map.Entry::getKey)
                        .filter(k -> k.equals("hl") || k.startsWith("hl.")).toList();
                params.remove(hl);
            }
            return json;
        }
        JsonNode speakers = json.at("/facet/speakers");
        if (speakers instanceof ObjectNode s) {
            // Our backend asks for more to merge surnames into full names; a Solr user asks for the ten shown.
            s.put("limit", TOP_SPEAKERS);
            s.remove("refine");
        }
        return json;
    }

    /** {@link #json} as the query string of a {@code /select} URL ({@code json=...}); null when it looks for nothing. */
    public static String urlQuery(SearchRequest request, boolean highlightAndFacets) {
        ObjectNode json = json(request, highlightAndFacets);
        return json == null ? null : "json=" + URLEncoder.encode(json.toString(), StandardCharsets.UTF_8);
    }
}
