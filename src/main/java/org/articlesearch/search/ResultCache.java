package org.articlesearch.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.articlesearch.model.SearchRequest;
import org.articlesearch.model.SearchResult;

/**
 * The last answers of one index view, by the whole request: a page asked again (the same news query
 * from many readers, the back button, a facet click and back) is answered without searching. Searches
 * are far from uniform: on a Zipf draw from the bench's 1,200 queries most requests repeat one of a few
 * hundred. Entries belong to the view they were computed on, so a refresh or a commit, which opens a
 * new view, can never be answered from a stale entry; the first search on a new view drops the old ones.
 * Least recently used entries go first; a result is 2–20 KB, so the default 1,024 entries keep under
 * 20 MB of a 512 MB heap.
 */
public final class ResultCache {
    public static final int DEFAULT_ENTRIES = 1024;

    private final int capacity;
    private final Map<SearchRequest, SearchResult> results; // guarded by this
    private Object view; // guarded by this

    /** @param entries how many results to keep; 0 keeps none */
    public ResultCache(int entries) {
        if (entries < 0) throw new IllegalArgumentException("a result cache holds 0 entries or more, was " + entries);
        this.capacity = entries;
        this.results = new LinkedHashMap<>(Math.min(entries, 1024) * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<SearchRequest, SearchResult> eldest) {
                return size() > capacity;
            }
        };
    }

    public int capacity() {
        return capacity;
    }

    /**
     * The answer to {@code request} on {@code view} (an index reader's cache key): remembered, or
     * computed by {@code search} and remembered. A remembered answer reports the time the lookup took.
     */
    public SearchResult get(Object view, SearchRequest request, Supplier<SearchResult> search) {
        if (capacity == 0 || view == null) return search.get();
        long t0 = System.nanoTime();
        SearchResult known;
        synchronized (this) {
            if (view != this.view) {
                results.clear();
                this.view = view;
            }
            known = results.get(request);
        }
        if (known != null) {
            return new SearchResult(known.total(), known.matched(), (System.nanoTime() - t0) / 1e6, known.facets(), known.hits());
        }
        // Searched outside the lock: two threads asking the same new request both search, which is
        // rarer and cheaper than making every other request wait.
        SearchResult computed = search.get();
        synchronized (this) {
            if (view == this.view) results.put(request, computed);
        }
        return computed;
    }
}
