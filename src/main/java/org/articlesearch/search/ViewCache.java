package org.articlesearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;

/**
 * Something worked out once per index view and kept until the view closes: the speakers' numbers,
 * the texts that have copies. Built by the first search that needs it; a refresh opens a new view,
 * and with it a new one.
 */
final class ViewCache<T> {
    /** Builds the value for a view. */
    interface Builder<T> {
        T build(IndexReader reader, IndexReader.CacheKey key) throws IOException;
    }

    private final Map<IndexReader.CacheKey, T> byView = new ConcurrentHashMap<>();
    private final Builder<T> builder;

    ViewCache(Builder<T> builder) {
        this.builder = builder;
    }

    T get(IndexReader reader) throws IOException {
        IndexReader.CacheHelper cache = reader.getReaderCacheHelper();
        if (cache == null) return builder.build(reader, null);
        try {
            return byView.computeIfAbsent(cache.getKey(), key -> {
                try {
                    T built = builder.build(reader, key);
                    cache.addClosedListener(byView::remove);
                    return built;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
