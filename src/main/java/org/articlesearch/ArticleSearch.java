package org.articlesearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.articlesearch.index.IndexBusyException;
import org.articlesearch.model.Article;
import org.articlesearch.model.Hit;
import org.articlesearch.model.Passage;
import org.articlesearch.model.SearchRequest;
import org.articlesearch.model.SearchResult;
import org.articlesearch.model.SearchUnavailableException;
import org.articlesearch.search.ResultCache;
import org.articlesearch.split.ArticleSplitter;

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
 * the methods fit in lambdas. Thread-safe. The same calls work on a SolrCloud collection, see
 * {@link #solr(URI, String)}.
 */
public final class ArticleSearch implements AutoCloseable {
    /** The collection (or alias) a SolrCloud backend uses when none is named. */
    public static final String DEFAULT_COLLECTION = "articles";

    private final Backend backend;

    private ArticleSearch(Backend backend) {
        this.backend = backend;
    }

    /**
     * Opens the index in {@code indexDir} for searching and changing, creating an empty one if there
     * is none. Example: {@code ArticleSearch search = ArticleSearch.open(Path.of("index"));}
     *
     * @throws IndexBusyException when the index must be created while another process writes it
     */
    public static ArticleSearch open(Path indexDir) throws IOException {
        Files.createDirectories(indexDir);
        return new ArticleSearch(LocalBackend.open(FSDirectory.open(indexDir), indexDir.toString(), false));
    }

    /**
     * An empty index in memory, for tests and small embedded uses.
     * Example: {@code ArticleSearch search = ArticleSearch.inMemory();}
     */
    public static ArticleSearch inMemory() {
        try {
            return new ArticleSearch(LocalBackend.open(new ByteBuffersDirectory(), "in memory", false));
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
        return new ArticleSearch(LocalBackend.openReadOnly(indexDir));
    }

    /**
     * A SolrCloud collection or alias (one that {@link #rebuild(URI, String, int, int)} built) instead
     * of a local index: the same searches and results. {@code solrUrl} is any node's base URL; the
     * client finds the others. Needs {@code org.apache.solr:solr-solrj} on the classpath. Nothing is
     * sent until the first call; a cluster out of reach then throws {@link SearchUnavailableException}.
     * Example: {@code ArticleSearch.solr(URI.create("http://127.0.0.1:8983/solr"), "articles")}
     */
    public static ArticleSearch solr(URI solrUrl, String collection) {
        return new ArticleSearch(new SolrBackend(solrUrl, collection));
    }

    /**
     * Starts replacing the whole index in {@code indexDir}; readers (this process or others) keep
     * the old index until the rebuild is committed.
     * Example: {@code try (Rebuild r = ArticleSearch.rebuild(dir)) { articles.forEach(r::add); r.commit(); }}
     *
     * @throws IndexBusyException when another writer holds the index
     */
    public static Rebuild rebuild(Path indexDir) throws IOException {
        return new Rebuild(LocalBackend.rebuild(indexDir));
    }

    /**
     * Starts replacing a SolrCloud alias's documents: they go into a new collection of {@code shards}
     * shards with {@code replicas} replicas each, and {@link Rebuild#commit()} points the alias at it
     * and deletes the collection it pointed at. Searches through the alias never see a half-built
     * collection; a rebuild closed without commit deletes its collection. The project's configset is
     * uploaded if the cluster lacks it.
     * Example: {@code ArticleSearch.rebuild(URI.create("http://127.0.0.1:8983/solr"), "articles", 2, 1)}
     *
     * @throws IOException when Solr cannot be reached or refuses (the message says which)
     */
    public static Rebuild rebuild(URI solrUrl, String alias, int shards, int replicas) throws IOException {
        return new Rebuild(SolrBackend.rebuild(solrUrl, alias, shards, replicas));
    }

    /**
     * Rebuilds the index in {@code indexDir} from article files and folders (read recursively; text,
     * HTML and JSON Lines, gzipped or not), reading and splitting on {@code options.threads()}
     * threads. The old index serves until the new one is committed; when no file is found or none
     * can be read, nothing is built and the old index stays ({@link RebuildSummary#built()} is false).
     * Unreadable inputs are skipped and listed with their reasons.
     * Example: {@code ArticleSearch.rebuild(Path.of("index"), List.of(Path.of("articles")), RebuildOptions.defaults())}
     *
     * @throws IndexBusyException when another writer holds the index
     */
    public static RebuildSummary rebuild(Path indexDir, List<Path> inputs, RebuildOptions options) throws IOException {
        return FileRebuild.run(() -> rebuild(indexDir), inputs, options);
    }

    /**
     * The same from files into a SolrCloud alias, as {@link #rebuild(URI, String, int, int)} builds it.
     * Example: {@code ArticleSearch.rebuild(solrUrl, "articles", 2, 1, List.of(dir), RebuildOptions.defaults())}
     */
    public static RebuildSummary rebuild(URI solrUrl, String alias, int shards, int replicas, List<Path> inputs,
                                         RebuildOptions options) throws IOException {
        return FileRebuild.run(() -> rebuild(solrUrl, alias, shards, replicas), inputs, options);
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
        backend.add(article, split(article));
    }

    /**
     * Removes an article's documents; an unknown id is ignored. Visible after {@link #commit()}.
     * Example: {@code search.delete("a1");}
     *
     * @throws IllegalStateException when the index was opened read-only
     */
    public void delete(String articleId) {
        backend.delete(articleId);
    }

    /**
     * Makes the changes so far durable and visible to searches.
     * Example: {@code search.add(article); search.commit();}
     */
    public void commit() {
        backend.commit();
    }

    /**
     * Switches to the newest commit in the index folder, such as a rebuild finished by another
     * process (on Solr: true when the alias moved); true if there was one.
     * Example: {@code if (search.refresh()) log("index reloaded");}
     */
    public boolean refresh() {
        return backend.refresh();
    }

    /**
     * Keeps the last {@code entries} results (none unless set; {@code serve} keeps
     * {@value ResultCache#DEFAULT_ENTRIES}), so a request asked again is answered without searching;
     * a commit or a refresh drops them, so an answer is never older than the index. A SolrCloud
     * backend ignores it: Solr keeps its own caches. Returns this search.
     * Example: {@code ArticleSearch.openReadOnly(dir).withResultCache(1024)}
     */
    public ArticleSearch withResultCache(int entries) {
        backend.resultCache(entries);
        return this;
    }

    /**
     * One page of results with facets.
     * Example: {@code search.search(SearchRequest.of("\"cherry bomb\"").withTypes(PassageType.QUOTE))}
     */
    public SearchResult search(SearchRequest request) {
        return backend.search(request);
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
        List<Hit> docs = backend.articleDocuments(articleId, query == null ? "" : query);
        if (docs.isEmpty()) return Optional.empty();
        Hit first = docs.getFirst();
        return Optional.of(new ArticleView(articleId, first.title(), first.published(), first.author(), first.url(),
                backend.nearCopies(articleId), docs));
    }

    /**
     * Speakers whose names start as {@code typed} does, each with how many quotes they have, most
     * quoted first; a surname alone is counted under the only full name the index has with it.
     * Example: {@code search.speakers("blair", 5)} gives {@code [Tony Blair 172, …]}.
     */
    public List<SpeakerCount> speakers(String typed, int limit) {
        return backend.suggestSpeakers(typed == null ? "" : typed, limit).stream()
                .map(e -> new SpeakerCount(e.getKey(), e.getValue())).toList();
    }

    /**
     * How many documents and articles the index holds.
     * Example: {@code long n = search.stats().documents();}
     */
    public IndexStats stats() {
        return backend.stats();
    }

    /**
     * Commits pending changes, releases the write lock and closes the index (or the Solr client).
     * Example: {@code try (ArticleSearch search = ArticleSearch.open(dir)) { ... }}
     */
    @Override
    public void close() {
        backend.close();
    }
}
