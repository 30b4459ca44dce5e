package org.articlesearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;

/**
 * Something worked out once per index view and kept until the view closes: the speakers' numbers,
 * the texts that have copies. Built by the first search that needs it; a refresh opens a new view,
 * and with it a new one. {@link #perSegment} keeps it per segment instead, for what a segment's
 * documents alone decide and views share (each document's labels).
 */
final class ViewCache<T> {
    /** Builds the value for a view. */
    interface Builder<T> {
        T build(IndexReader reader, IndexReader.CacheKey key) throws IOException;
    }

    private final Map<IndexReader.CacheKey, T> byView = new ConcurrentHashMap<>();
    private final Builder<T> builder;
    private final Function<IndexReader, IndexReader.CacheHelper> cacheOf;

    ViewCache(Builder<T> builder) {
        this(builder, IndexReader::getReaderCacheHelper);
    }

    private ViewCache(Builder<T> builder, Function<IndexReader, IndexReader.CacheHelper> cacheOf) {
        this.builder = builder;
        this.cacheOf = cacheOf;
    }

    /** Kept per segment (its core, which its deletions do not change), as long as any reader has it open. */
    static <T> ViewCache<T> perSegment(Builder<T> builder) {
        return new ViewCache<>(builder, reader -> reader instanceof LeafReader segment ? segment.getCoreCacheHelper() : null);
    }

    /** How many views (or segments) it holds now. */
    int size() {
        return byView.size();
    }

    T get(IndexReader reader) throws IOException {
        IndexReader.CacheHelper cache = cacheOf.apply(reader);
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
