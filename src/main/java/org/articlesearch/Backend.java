package org.articlesearch;

import java.util.List;
import java.util.Map;
import org.articlesearch.model.Article;
import org.articlesearch.model.AlsoIn;
import org.articlesearch.model.Hit;
import org.articlesearch.model.Passage;
import org.articlesearch.model.SearchRequest;
import org.articlesearch.model.SearchResult;

/**
 * Where the documents live: the one seam between {@link ArticleSearch} (and so the server, the CLI
 * and embedders) and an index. Two implementations: {@link LocalBackend}, a Lucene index in a folder or
 * in memory, and {@link SolrBackend}, a SolrCloud collection. Splitting stays on this side of the seam.
 * I/O failures surface as unchecked exceptions.
 */
interface Backend extends AutoCloseable {
    SearchResult search(SearchRequest request);

    /** An article's documents in article order, those {@code query} matches marked whole; empty when unknown. */
    List<Hit> articleDocuments(String articleId, String query);

    /** The other articles of the article's family of near copies; null when none (or not known). */
    AlsoIn nearCopies(String articleId);

    /** Keeps the last {@code entries} results of the index's current state (0: none). */
    void resultCache(int entries);

    List<Map.Entry<String, Long>> suggestSpeakers(String typed, int limit);

    IndexStats stats();

    /** Switches to the newest state of the index; true if it changed. */
    boolean refresh();

    void add(Article article, List<Passage> passages);

    void delete(String articleId);

    void commit();

    @Override
    void close();

    /** A new index being built to replace this one: documents in, then committed or abandoned. */
    interface Rebuilding extends AutoCloseable {
        void add(Article article, List<Passage> passages) throws java.io.IOException;

        IndexStats commit() throws java.io.IOException;

        @Override
        void close() throws java.io.IOException;
    }
}
