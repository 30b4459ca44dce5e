package org.articlesearch.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.articlesearch.model.Article;
import org.articlesearch.model.Passage;

/** Incremental changes to an existing index, article by article. Thread-safe. */
public final class ArticleIndexWriter implements AutoCloseable {
    /** Incremental changes are small; Lucene's default buffer is plenty. */
    private static final double RAM_BUFFER_MB = 16;

    private final IndexWriter writer;

    private ArticleIndexWriter(IndexWriter writer) {
        this.writer = writer;
    }

    /**
     * Opens a writer on {@code dir}, creating an empty index if there is none.
     *
     * @throws IndexBusyException when another writer holds the index
     */
    public static ArticleIndexWriter open(Directory dir, String name) throws IOException {
        return new ArticleIndexWriter(IndexWriters.open(dir, name, OpenMode.CREATE_OR_APPEND, RAM_BUFFER_MB));
    }

    /** Replaces all documents of the article with these (removes them when {@code passages} is empty). */
    public void replace(Article article, List<Passage> passages) throws IOException {
        writer.updateDocuments(articleTerm(article.id()), PassageDocuments.of(article, passages));
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
        try {
            if (writer.hasUncommittedChanges()) writer.commit();
        } finally {
            writer.close();
        }
    }
}
