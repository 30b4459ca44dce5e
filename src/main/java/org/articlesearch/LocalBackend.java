package org.articlesearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.articlesearch.index.ArticleAnalyzer;
import org.articlesearch.index.ArticleIndexWriter;
import org.articlesearch.index.IndexFormat;
import org.articlesearch.index.IndexRebuild;
import org.articlesearch.index.RebuildStats;
import org.articlesearch.model.Article;
import org.articlesearch.model.AlsoIn;
import org.articlesearch.model.Hit;
import org.articlesearch.model.Passage;
import org.articlesearch.model.SearchRequest;
import org.articlesearch.model.SearchResult;
import org.articlesearch.search.PassageSearcher;
import org.articlesearch.search.ResultCache;

/**
 * A Lucene index in a folder or in memory. Searches see the index as of the last commit or refresh;
 * the write lock is taken at the first change and held until close, so a search-only user never
 * blocks a rebuild.
 */
final class LocalBackend implements Backend {
    private final Directory directory;
    private final String name;
    private final boolean readOnly;
    private final ArticleAnalyzer analyzer = new ArticleAnalyzer();
    private final SearcherManager searchers;
    private ArticleIndexWriter writer; // guarded by this; opened at the first change
    private volatile ResultCache results = new ResultCache(0);

    private LocalBackend(Directory directory, String name, boolean readOnly) throws IOException {
        this.directory = directory;
        this.name = name;
        this.readOnly = readOnly;
        this.searchers = new SearcherManager(directory, null);
    }

    static LocalBackend openReadOnly(Path indexDir) throws IOException {
        if (!Files.isDirectory(indexDir)) throw noIndex(indexDir);
        Directory dir = FSDirectory.open(indexDir);
        if (!DirectoryReader.indexExists(dir)) {
            dir.close();
            throw noIndex(indexDir);
        }
        return open(dir, indexDir.toString(), true);
    }

    private static IndexNotFoundException noIndex(Path indexDir) {
        return new IndexNotFoundException("no index in " + indexDir + " (build one first)");
    }

    static LocalBackend open(Directory dir, String name, boolean readOnly) throws IOException {
        try {
            IndexFormat.check(dir, name);
            if (!readOnly && !DirectoryReader.indexExists(dir)) {
                try (ArticleIndexWriter w = ArticleIndexWriter.open(dir, name)) {
                    w.commit();
                }
            }
            return new LocalBackend(dir, name, readOnly);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /** A rebuild of the index in {@code indexDir}: readers keep the old index until it commits. */
    static Backend.Rebuilding rebuild(Path indexDir) throws IOException {
        IndexRebuild rebuild = IndexRebuild.start(indexDir);
        return new Backend.Rebuilding() {
            @Override
            public void add(Article article, List<Passage> passages) throws IOException {
                rebuild.add(article, passages);
            }

            @Override
            public IndexStats commit() throws IOException {
                RebuildStats stats = rebuild.commit();
                return new IndexStats(stats.documents(), stats.byType(), stats.articles(), stats.nearCopies());
            }

            @Override
            public void close() throws IOException {
                rebuild.close();
            }
        };
    }

    @Override
    public SearchResult search(SearchRequest request) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                IndexReader.CacheHelper view = s.getIndexReader().getReaderCacheHelper();
                return results.get(view == null ? null : view.getKey(), request, () -> {
                    try {
                        return new PassageSearcher(s, analyzer).search(request);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void resultCache(int entries) {
        results = new ResultCache(entries);
    }

    @Override
    public List<Hit> articleDocuments(String articleId, String query) {
        return withSearcher(s -> s.articleDocuments(articleId, query));
    }

    @Override
    public AlsoIn nearCopies(String articleId) {
        return withSearcher(s -> s.nearCopiesOf(articleId));
    }

    @Override
    public List<Map.Entry<String, Long>> suggestSpeakers(String typed, int limit) {
        return withSearcher(s -> s.suggestSpeakers(typed, limit));
    }

    @Override
    public IndexStats stats() {
        return withSearcher(s -> new IndexStats(s.countDocuments(), s.countByType(), s.countArticles(), s.countNearCopies()));
    }

    @Override
    public void add(Article article, List<Passage> passages) {
        try {
            writer().replace(article, passages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String articleId) {
        try {
            writer().delete(articleId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void commit() {
        try {
            ArticleIndexWriter w;
            synchronized (this) {
                w = writer;
            }
            if (w != null) w.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean refresh() {
        try {
            IndexSearcher before = searchers.acquire();
            searchers.release(before);
            searchers.maybeRefreshBlocking();
            IndexSearcher after = searchers.acquire();
            searchers.release(after);
            return after != before;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Read<T> {
        T apply(PassageSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(Read<T> read) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return read.apply(new PassageSearcher(s, analyzer));
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized ArticleIndexWriter writer() throws IOException {
        if (readOnly) throw new IllegalStateException("index " + name + " was opened read-only");
        if (writer == null) writer = ArticleIndexWriter.open(directory, name);
        return writer;
    }

    @Override
    public synchronized void close() {
        try (Directory d = directory; SearcherManager s = searchers; ArticleIndexWriter w = writer) {
            writer = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
