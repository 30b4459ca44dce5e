package org.articlesearch.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.articlesearch.model.Article;
import org.articlesearch.model.Passage;
import org.articlesearch.model.PassageType;

/**
 * Replaces the whole index in a directory at once. Until {@link #commit()}, readers keep seeing the
 * previous index; closing without commit, or crashing, leaves it untouched.
 */
public final class IndexRebuild implements AutoCloseable {
    /** A bulk load flushes fewer, larger segments with a bigger buffer, so there is less merging to do. */
    private static final double RAM_BUFFER_MB = 64;

    private final Directory dir;
    private final IndexWriter writer;
    private final LongAdder articles = new LongAdder();
    private final NearCopies.Registry nearCopies = new NearCopies.Registry();
    private final Map<PassageType, LongAdder> byType = new EnumMap<>(PassageType.class);
    private volatile boolean finished;

    private IndexRebuild(Directory dir, IndexWriter writer) {
        this.dir = dir;
        this.writer = writer;
        for (PassageType t : PassageType.values()) byType.put(t, new LongAdder());
    }

    /**
     * Starts a rebuild of the index in {@code indexDir}, creating the folder if needed.
     *
     * @throws IndexBusyException when another process is writing that index
     */
    public static IndexRebuild start(Path indexDir) throws IOException {
        Files.createDirectories(indexDir);
        Directory dir = FSDirectory.open(indexDir);
        try {
            // CREATE writes a new commit beside the old one: readers switch at commit(), leftovers are deleted by the next writer.
            return new IndexRebuild(dir, IndexWriters.open(dir, indexDir.toString(), OpenMode.CREATE, RAM_BUFFER_MB));
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /** Adds the documents of one article. Thread-safe: articles may be added from several threads. */
    public void add(Article article, List<Passage> passages) throws IOException {
        if (finished) throw new IllegalStateException("this rebuild is already committed or closed");
        if (passages.isEmpty()) return;
        NearCopies.Sketch sketch = NearCopies.sketch(passages);
        NearCopies.Verdict verdict = nearCopies.judge(article.id(), sketch);
        writer.addDocuments(PassageDocuments.of(article, passages, verdict));
        articles.increment();
        for (Passage p : passages) byType.get(p.type()).increment();
    }

    /** Publishes the new index atomically and closes the rebuild. */
    public synchronized RebuildStats commit() throws IOException {
        if (finished) throw new IllegalStateException("this rebuild is already committed or closed");
        writer.commit();
        finished = true;
        writer.close();
        dir.close();
        return stats();
    }

    private RebuildStats stats() {
        Map<String, Long> counts = new LinkedHashMap<>();
        long documents = 0;
        for (var e : byType.entrySet()) {
            counts.put(e.getKey().label(), e.getValue().sum());
            documents += e.getValue().sum();
        }
        return new RebuildStats(articles.sum(), documents, counts, nearCopies.copies());
    }

    /** Abandons the rebuild unless it was committed; the previous index stays as it was. */
    @Override
    public synchronized void close() throws IOException {
        if (finished) return;
        finished = true;
        try {
            writer.rollback();
        } finally {
            dir.close();
        }
    }
}
