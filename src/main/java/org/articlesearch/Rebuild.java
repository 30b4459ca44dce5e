package org.articlesearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.articlesearch.model.Article;

/**
 * A new index being built to replace the one in a folder (or a SolrCloud alias's collection). Readers see the old index until
 * {@link #commit()}; closing without commit abandons the new one. Get one from {@link ArticleSearch#rebuild}.
 */
public final class Rebuild implements AutoCloseable {
    private final Backend.Rebuilding rebuild;

    Rebuild(Backend.Rebuilding rebuild) {
        this.rebuild = rebuild;
    }

    /**
     * Splits the article and adds its documents. Thread-safe.
     * Example: {@code files.parallelStream().map(Reader::read).forEach(rebuild::add)}.
     */
    public void add(Article article) {
        try {
            rebuild.add(article, ArticleSearch.split(article));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces the old index with the new one in one step and returns what it holds.
     * Example: {@code IndexStats s = rebuild.commit(); print(s.documents() + " documents")}.
     */
    public IndexStats commit() {
        try {
            return rebuild.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Abandons the rebuild if it was not committed; the old index stays as it was.
     * Example: {@code try (Rebuild r = ArticleSearch.rebuild(dir)) { ...; r.commit(); }}.
     */
    @Override
    public void close() {
        try {
            rebuild.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
