package org.articlesearch.index;

import java.io.IOException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;

/** Opens index writers configured the same way for rebuilds and incremental changes. */
final class IndexWriters {
    private IndexWriters() {
    }

    /**
     * A writer on {@code dir}; {@code name} names the index in the error when another writer holds it.
     * Nothing is committed on close: only an explicit commit() publishes changes.
     */
    static IndexWriter open(Directory dir, String name, OpenMode mode, double ramBufferMb) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new ArticleAnalyzer())
                .setCodec(new ArticleCodec())
                .setOpenMode(mode)
                .setRAMBufferSizeMB(ramBufferMb)
                .setCommitOnClose(false);
        try {
            IndexWriter writer = new IndexWriter(dir, config);
            IndexFormat.mark(writer);
            return writer;
        } catch (LockObtainFailedException e) {
            throw new IndexBusyException(name, e);
        }
    }
}
