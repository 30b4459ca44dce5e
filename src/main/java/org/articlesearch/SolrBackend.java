package org.articlesearch;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.articlesearch.model.Article;
import org.articlesearch.model.AlsoIn;
import org.articlesearch.model.Hit;
import org.articlesearch.model.Passage;
import org.articlesearch.model.SearchRequest;
import org.articlesearch.model.SearchResult;
import org.articlesearch.solr.SolrCollection;
import org.articlesearch.solr.SolrRebuild;

/** A SolrCloud collection or alias, searched and changed over HTTP (see {@link SolrCollection}). */
final class SolrBackend implements Backend {
    private final SolrCollection collection;
    private volatile List<String> servedCollections;

    SolrBackend(URI solrUrl, String collection) {
        this.collection = SolrCollection.connect(solrUrl, collection);
    }

    static Backend.Rebuilding rebuild(URI solrUrl, String alias, int shards, int replicas) throws IOException {
        SolrRebuild rebuild = SolrRebuild.start(solrUrl, alias, shards, replicas);
        return new Backend.Rebuilding() {
            @Override
            public void add(Article article, List<Passage> passages) throws IOException {
                rebuild.add(article, passages);
            }

            @Override
            public IndexStats commit() throws IOException {
                SolrCollection.Counts c = rebuild.commit();
                return new IndexStats(c.documents(), c.byType(), c.articles(), c.nearCopies());
            }

            @Override
            public void close() {
                rebuild.close();
            }
        };
    }

    /** Solr keeps its own caches (queryResultCache, filterCache; see the configset's solrconfig.xml). */
    @Override
    public void resultCache(int entries) {
    }

    @Override
    public SearchResult search(SearchRequest request) {
        return collection.search(request);
    }

    @Override
    public AlsoIn nearCopies(String articleId) {
        return collection.nearCopies(articleId);
    }

    @Override
    public List<Hit> articleDocuments(String articleId, String query) {
        return collection.articleDocuments(articleId, query);
    }

    @Override
    public List<Map.Entry<String, Long>> suggestSpeakers(String typed, int limit) {
        return collection.suggestSpeakers(typed, limit);
    }

    @Override
    public IndexStats stats() {
        SolrCollection.Counts c = collection.counts();
        return new IndexStats(c.documents(), c.byType(), c.articles(), c.nearCopies());
    }

    /** Solr serves every commit as soon as it is made; true when the alias moved to another collection. */
    @Override
    public boolean refresh() {
        List<String> now = collection.resolved();
        List<String> before = servedCollections;
        servedCollections = now;
        return before != null && !before.equals(now);
    }

    @Override
    public void add(Article article, List<Passage> passages) {
        collection.replace(article, passages);
    }

    @Override
    public void delete(String articleId) {
        collection.delete(articleId);
    }

    @Override
    public void commit() {
        collection.commit();
    }

    @Override
    public void close() {
        collection.close();
    }
}
