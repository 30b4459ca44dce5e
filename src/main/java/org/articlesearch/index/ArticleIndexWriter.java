package org.articlesearch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.articlesearch.model.Article;
import org.articlesearch.model.Passage;

/** Incremental changes to an existing index, article by article. Thread-safe. */
public final class ArticleIndexWriter implements AutoCloseable {
    /** Incremental changes are small; Lucene's default buffer is plenty. */
    private static final double RAM_BUFFER_MB = 16;
    /** Originals sharing a band with an article, compared at most: more would be one text indexed that often. */
    private static final int MAX_CANDIDATES = 100;

    private final IndexWriter writer;
    /** What this writer has written so far, committed or not: the originals an addition is compared with. */
    private final SearcherManager written;

    private ArticleIndexWriter(IndexWriter writer) throws IOException {
        this.writer = writer;
        this.written = new SearcherManager(writer, null);
    }

    /**
     * Opens a writer on {@code dir}, creating an empty index if there is none.
     *
     * @throws IndexBusyException when another writer holds the index
     */
    public static ArticleIndexWriter open(Directory dir, String name) throws IOException {
        IndexWriter w = IndexWriters.open(dir, name, OpenMode.CREATE_OR_APPEND, RAM_BUFFER_MB);
        try {
            return new ArticleIndexWriter(w);
        } catch (IOException | RuntimeException e) {
            w.close();
            throw e;
        }
    }

    /**
     * Replaces all documents of the article with these (removes them when {@code passages} is empty).
     * An article that is a near copy of one in the index (see {@link NearCopies}) is recorded as one.
     */
    public void replace(Article article, List<Passage> passages) throws IOException {
        NearCopies.Sketch sketch = NearCopies.sketch(passages);
        NearCopies.Verdict verdict = judge(article.id(), sketch);
        writer.updateDocuments(articleTerm(article.id()), PassageDocuments.of(article, passages, verdict, sketch));
    }

    /**
     * Compares the article with the originals in the index that share a band with it. Synchronized
     * so that two near copies added at once see each other; the view is refreshed first, which costs
     * a small flush when changes are pending.
     */
    private synchronized NearCopies.Verdict judge(String articleId, NearCopies.Sketch sketch) throws IOException {
        if (sketch.shingles() == null) return new NearCopies.Verdict(null, sketch.ownKeys());
        long[] bands = java.util.Arrays.stream(NearCopies.bands(sketch.shingles())).filter(b -> b != 0).toArray();
        written.maybeRefreshBlocking();
        IndexSearcher s = written.acquire();
        try {
            BooleanQuery q = new BooleanQuery.Builder()
                    .add(LongPoint.newSetQuery(Fields.NEAR_BAND, bands), Occur.FILTER)
                    .add(new TermQuery(articleTerm(articleId)), Occur.MUST_NOT)
                    .build();
            ScoreDoc[] found = s.search(q, MAX_CANDIDATES).scoreDocs;
            List<NearCopies.Original> originals = new ArrayList<>(found.length);
            List<LeafReaderContext> leaves = s.getIndexReader().leaves();
            for (ScoreDoc d : found) {
                var stored = s.storedFields().document(d.doc).getBinaryValue(Fields.NEAR_SKETCH);
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(d.doc, leaves));
                SortedDocValues ids = DocValues.getSorted(leaf.reader(), Fields.ARTICLE_ID);
                if (stored == null || !ids.advanceExact(d.doc - leaf.docBase)) continue;
                originals.add(new NearCopies.Original(ids.lookupOrd(ids.ordValue()).utf8ToString(), NearCopies.decode(stored)));
            }
            return NearCopies.judge(sketch, originals);
        } finally {
            written.release(s);
        }
    }

    /** Removes every document of the article; unknown ids are ignored. */
    public void delete(String articleId) throws IOException {
        writer.deleteDocuments(articleTerm(articleId));
    }

    /** Makes the changes durable and visible to readers that reopen. */
    public void commit() throws IOException {
        writer.commit();
    }

    private static Term articleTerm(String articleId) {
        return new Term(Fields.ARTICLE_ID, articleId);
    }

    /** Commits what is pending, then releases the write lock. */
    @Override
    public void close() throws IOException {
        try (IndexWriter w = writer; SearcherManager m = written) {
            if (w.hasUncommittedChanges()) w.commit();
        }
    }
}
