package org.articlesearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.articlesearch.index.ArticleAnalyzer;
import org.articlesearch.index.ArticleIndexWriter;
import org.articlesearch.index.IndexBusyException;
import org.articlesearch.index.IndexFormat;
import org.articlesearch.index.IndexRebuild;
import org.articlesearch.ingest.Article;
import org.articlesearch.search.Hit;
import org.articlesearch.search.PassageSearcher;
import org.articlesearch.search.SearchRequest;
import org.articlesearch.search.SearchResult;
import org.articlesearch.split.ArticleSplitter;
import org.articlesearch.split.Passage;

/**
 * Full-text search over articles split into quotes, paragraphs and captions: the one entry point
 * for embedding. Open an index, add articles, commit, search, close:
 *
 * <pre>{@code
 * try (ArticleSearch search = ArticleSearch.open(Path.of("index"))) {
 *     search.add(Article.of("a1", "Title", "Some text."));
 *     search.commit();
 *     SearchResult r = search.search(SearchRequest.of("text"));
 * }
 * }</pre>
 *
 * <p>Searches see the index as of the last {@link #commit()} (or {@link #refresh()}). Changes are
 * visible only after {@code commit()}. The write lock is taken at the first change and held until
 * {@link #close()}, so a search-only user never blocks a rebuild. Opening fails with an
 * {@link IOException}; later I/O failures are rare and surface as {@link UncheckedIOException}, so
 * the methods fit in lambdas. Thread-safe.
 */
public final class ArticleSearch implements AutoCloseable {
    private final Directory directory;
    private final String name;
    private final boolean readOnly;
    private final ArticleAnalyzer analyzer = new ArticleAnalyzer();
    private final SearcherManager searchers;
    private ArticleIndexWriter writer; // guarded by this; opened at the first change

    private ArticleSearch(Directory directory, String name, boolean readOnly) throws IOException {
        this.directory = directory;
        this.name = name;
        this.readOnly = readOnly;
        this.searchers = new SearcherManager(directory, null);
    }

    /**
     * Opens the index in {@code indexDir} for searching and changing, creating an empty one if there
     * is none. Example: {@code ArticleSearch search = ArticleSearch.open(Path.of("index"));}
     *
     * @throws IndexBusyException when the index must be created while another process writes it
     */
    public static ArticleSearch open(Path indexDir) throws IOException {
        Files.createDirectories(indexDir);
        return open(FSDirectory.open(indexDir), indexDir.toString(), false);
    }

    /**
     * An empty index in memory, for tests and small embedded uses.
     * Example: {@code ArticleSearch search = ArticleSearch.inMemory();}
     */
    public static ArticleSearch inMemory() {
        try {
            return open(new ByteBuffersDirectory(), "in memory", false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens an existing index for searching only; it never takes the write lock, so another process
     * may rebuild the index meanwhile (see {@link #refresh()}).
     * Example: {@code ArticleSearch search = ArticleSearch.openReadOnly(Path.of("index"));}
     *
     * @throws IndexNotFoundException when there is no index in {@code indexDir}
     */
    public static ArticleSearch openReadOnly(Path indexDir) throws IOException {
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

    private static ArticleSearch open(Directory dir, String name, boolean readOnly) throws IOException {
        try {
            IndexFormat.check(dir, name);
            if (!readOnly && !DirectoryReader.indexExists(dir)) {
                try (ArticleIndexWriter w = ArticleIndexWriter.open(dir, name)) {
                    w.commit();
                }
            }
            return new ArticleSearch(dir, name, readOnly);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /**
     * Starts replacing the whole index in {@code indexDir}; readers (this process or others) keep
     * the old index until the rebuild is committed.
     * Example: {@code try (Rebuild r = ArticleSearch.rebuild(dir)) { articles.forEach(r::add); r.commit(); }}
     *
     * @throws IndexBusyException when another writer holds the index
     */
    public static Rebuild rebuild(Path indexDir) throws IOException {
        return new Rebuild(IndexRebuild.start(indexDir));
    }

    /**
     * The documents an article is cut into, exactly as {@link #add} indexes them.
     * Example: {@code ArticleSearch.split(Article.of("a1", "Title", "“Hi,” she said.")).size()}
     */
    public static List<Passage> split(Article article) {
        return new ArticleSplitter().split(article);
    }

    /**
     * Splits the article into documents and adds them, replacing any article with the same id.
     * Visible after {@link #commit()}. Example: {@code search.add(Article.of("a1", "Title", "Text."));}
     *
     * @throws IllegalStateException when the index was opened read-only
     */
    public void add(Article article) {
        try {
            writer().replace(article, split(article));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Removes an article's documents; an unknown id is ignored. Visible after {@link #commit()}.
     * Example: {@code search.delete("a1");}
     *
     * @throws IllegalStateException when the index was opened read-only
     */
    public void delete(String articleId) {
        try {
            writer().delete(articleId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes the changes so far durable and visible to searches.
     * Example: {@code search.add(article); search.commit();}
     */
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

    /**
     * Switches to the newest commit in the index folder, such as a rebuild finished by another
     * process; true if there was one. Example: {@code if (search.refresh()) log("index reloaded");}
     */
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

    /**
     * One page of results with facets.
     * Example: {@code search.search(SearchRequest.of("\"cherry bomb\"").withTypes(PassageType.QUOTE))}
     */
    public SearchResult search(SearchRequest request) {
        return withSearcher(s -> s.search(request));
    }

    /**
     * An article's documents in article order, or empty when the id is unknown.
     * Example: {@code search.article("a1").map(ArticleView::title)}
     */
    public Optional<ArticleView> article(String articleId) {
        return article(articleId, "");
    }

    /**
     * An article's documents in article order, those that {@code query} matches with their whole
     * text marked as a highlight; empty when the id is unknown.
     * Example: {@code search.article("a1", "cherry bomb")}
     */
    public Optional<ArticleView> article(String articleId, String query) {
        List<Hit> docs = withSearcher(s -> s.articleDocuments(articleId, query));
        if (docs.isEmpty()) return Optional.empty();
        Hit first = docs.getFirst();
        return Optional.of(new ArticleView(articleId, first.title(), first.published(), first.author(), first.url(), docs));
    }

    /**
     * Speakers whose names start as {@code typed} does, each with how many quotes they have, most
     * quoted first; a surname alone is counted under the only full name the index has with it.
     * Example: {@code search.speakers("blair", 5)} gives {@code [Tony Blair 172, …]}.
     */
    public List<SpeakerCount> speakers(String typed, int limit) {
        return withSearcher(s -> s.suggestSpeakers(typed == null ? "" : typed, limit)).stream()
                .map(e -> new SpeakerCount(e.getKey(), e.getValue())).toList();
    }

    /**
     * How many documents and articles the index holds.
     * Example: {@code long n = search.stats().documents();}
     */
    public IndexStats stats() {
        return withSearcher(s -> new IndexStats(s.countDocuments(), s.countByType(), s.countArticles()));
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

    /**
     * Commits pending changes, releases the write lock and closes the index.
     * Example: {@code try (ArticleSearch search = ArticleSearch.open(dir)) { ... }}
     */
    @Override
    public synchronized void close() {
        try (Directory d = directory; SearcherManager s = searchers; ArticleIndexWriter w = writer) {
            writer = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
