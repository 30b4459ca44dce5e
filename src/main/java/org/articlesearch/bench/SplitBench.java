package org.articlesearch.bench;

import java.nio.charset.StandardCharsets;
import org.articlesearch.ingest.Article;
import org.articlesearch.split.ArticleSplitter;

/** Splitting alone, on one thread: MB of article text per second per core. */
public final class SplitBench {
    private SplitBench() {
    }

    /**
     * @param megabytes UTF-8 MB of article text split (all rounds)
     * @param seconds   time spent
     * @param documents documents produced (all rounds)
     */
    public record Run(double megabytes, double seconds, long documents) {
        public double megabytesPerSecond() {
            return megabytes / seconds;
        }
    }

    /** Splits every article once to warm up, then again for at least {@code minSeconds}, keeping the best round. */
    public static Run measure(LoadedCorpus corpus, double minSeconds) {
        ArticleSplitter splitter = new ArticleSplitter();
        long bytes = 0;
        for (Article a : corpus.articles()) bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
        round(splitter, corpus);
        Run best = null;
        long deadline = System.nanoTime() + (long) (minSeconds * 1e9);
        do {
            long t0 = System.nanoTime();
            long docs = round(splitter, corpus);
            Run r = new Run(bytes / 1e6, (System.nanoTime() - t0) / 1e9, docs);
            // The best round is the one least disturbed by other work on a shared machine.
            if (best == null || r.megabytesPerSecond() > best.megabytesPerSecond()) best = r;
        } while (System.nanoTime() < deadline);
        return best;
    }

    private static long round(ArticleSplitter splitter, LoadedCorpus corpus) {
        long docs = 0;
        for (Article a : corpus.articles()) docs += splitter.split(a).size();
        return docs;
    }
}
