package org.articlesearch.model;

import java.util.List;

/**
 * One page of results. Serialized as JSON as-is.
 *
 * @param total   documents matching the query and every filter: the set the hits are pages of
 * @param matched {@value #ALL} when every term of the query had to match (and for listings);
 *                {@value #MOST} when that found too little and the results are the documents that
 *                match most of the terms, those that match more first (see {@link PassageSearcher})
 * @param tookMs  time spent searching, in milliseconds
 * @param facets  counts that help narrow the search, over the same set as {@code total}
 * @param hits    the requested page, best first (article order for listings)
 */
public record SearchResult(long total, String matched, double tookMs, Facets facets, List<Hit> hits) {
    public static final String ALL = "all";
    public static final String MOST = "most";

    public SearchResult {
        hits = List.copyOf(hits);
    }

    /** A result where every term matched. */
    public SearchResult(long total, double tookMs, Facets facets, List<Hit> hits) {
        this(total, ALL, tookMs, facets, hits);
    }
}
