package org.articlesearch.search;

import java.util.List;

/**
 * One page of results. Serialized as JSON as-is.
 *
 * @param total  documents matching the query and every filter
 * @param tookMs time spent searching, in milliseconds
 * @param facets counts that help narrow the search
 * @param hits   the requested page, best first (article order for listings)
 */
public record SearchResult(long total, double tookMs, Facets facets, List<Hit> hits) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
