package org.articlesearch.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.articlesearch.ArticleSearch;
import org.articlesearch.RebuildOptions;
import org.articlesearch.RebuildSummary;
import org.articlesearch.index.ArticleAnalyzer;
import org.articlesearch.index.ArticleCodec;
import org.articlesearch.index.PassageDocuments;

/**
 * Indexing speed: the {@code index} command end to end (read files, parse, split, index, commit)
 * against a plain Lucene {@link IndexWriter} loop that adds the same documents, already split and
 * in memory, with the same analyzer, fields, buffer and number of threads. The ratio is the price
 * of reading and splitting.
 */
public final class IndexBench {
    /** Same as {@code IndexRebuild}: a bulk load with a big buffer. */
    private static final double RAM_BUFFER_MB = 64;

    private IndexBench() {
    }

    /**
     * One timed run.
     *
     * @param documents documents in the committed index
     * @param seconds   wall time, commit included
     * @param cores     process CPU time over wall time: how many cores the run kept busy
     */
    public record Run(long documents, double seconds, double cores) {
        public double docsPerSecond() {
            return documents / seconds;
        }
    }

    /** Rebuilds {@code indexDir} from {@code corpus} in this JVM, as {@code article-search index} does. */
    public static Run engine(Path corpus, Path indexDir, int threads) throws IOException {
        ScaledCorpus.deleteTree(indexDir);
        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        RebuildSummary built = ArticleSearch.rebuild(indexDir, List.of(corpus), RebuildOptions.defaults().withThreads(threads));
        long wall = System.nanoTime() - t0;
        long cpu = cpuNanos() - cpu0;
        if (!built.built()) throw new IOException("index failed on " + corpus + ": " + built.skipped());
        return new Run(built.stats().documents(), wall / 1e9, (double) cpu / wall);
    }

    /**
     * Rebuilds a new Solr alias of {@code shards} shards from {@code corpus}, as {@code index --solr}
     * does: reading, splitting and sending, to the alias moved.
     */
    public static Run solr(Path corpus, java.net.URI solr, String alias, int shards, int threads) throws IOException {
        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        RebuildSummary built = ArticleSearch.rebuild(solr, alias, shards, 1, List.of(corpus), RebuildOptions.defaults().withThreads(threads));
        long wall = System.nanoTime() - t0;
        long cpu = cpuNanos() - cpu0;
        if (!built.built()) throw new IOException("index --solr failed on " + corpus + ": " + built.skipped());
        return new Run(built.stats().documents(), wall / 1e9, (double) cpu / wall);
    }

    /** Adds {@code corpus}'s already split documents with a bare {@link IndexWriter} on {@code threads} threads. */
    public static Run plainLucene(LoadedCorpus corpus, Path indexDir, int threads) throws Exception {
        ScaledCorpus.deleteTree(indexDir);
        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        // The same codec as the engine's: how the index is laid out is not our code's cost.
        IndexWriterConfig config = new IndexWriterConfig(new ArticleAnalyzer())
                .setCodec(new ArticleCodec())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(RAM_BUFFER_MB);
        try (FSDirectory dir = FSDirectory.open(indexDir); IndexWriter writer = new IndexWriter(dir, config)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                AtomicInteger next = new AtomicInteger();
                List<Future<?>> work = new java.util.ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    work.add(pool.submit(() -> {
                        for (int i; (i = next.getAndIncrement()) < corpus.articles().size(); ) {
                            writer.addDocuments(PassageDocuments.of(corpus.articles().get(i), corpus.passages().get(i)));
                        }
                        return null;
                    }));
                }
                for (Future<?> f : work) f.get();
            } finally {
                pool.shutdownNow();
            }
            writer.commit();
        }
        long wall = System.nanoTime() - t0;
        long cpu = cpuNanos() - cpu0;
        return new Run(documentsIn(indexDir), wall / 1e9, (double) cpu / wall);
    }

    static long documentsIn(Path indexDir) throws IOException {
        try (FSDirectory dir = FSDirectory.open(indexDir); DirectoryReader r = DirectoryReader.open(dir)) {
            return r.numDocs();
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
