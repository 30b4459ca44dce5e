package org.articlesearch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import org.articlesearch.model.Article;
import org.articlesearch.split.ArticleSplitter;

/**
 * Splitting alone, on one thread: MB of article text per second of that thread's CPU time, which is
 * per core by definition and, unlike wall time, not stretched while other processes hold the core.
 */
public final class SplitBench {
    private SplitBench() {
    }

    /**
     * @param megabytes UTF-8 MB of article text split (all rounds)
     * @param seconds    wall time of the round
     * @param cpuSeconds CPU time of the splitting thread in the round
     * @param documents  documents produced
     */
    public record Run(double megabytes, double seconds, double cpuSeconds, long documents) {
        public double megabytesPerCpuSecond() {
            return megabytes / cpuSeconds;
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
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        do {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            long docs = round(splitter, corpus);
            Run r = new Run(bytes / 1e6, (System.nanoTime() - t0) / 1e9, (threads.getCurrentThreadCpuTime() - cpu0) / 1e9, docs);
            // The best round is the one least disturbed by other work on a shared machine.
            if (best == null || r.megabytesPerCpuSecond() > best.megabytesPerCpuSecond()) best = r;
        } while (System.nanoTime() < deadline);
        return best;
    }

    private static long round(ArticleSplitter splitter, LoadedCorpus corpus) {
        long docs = 0;
        for (Article a : corpus.articles()) docs += splitter.split(a).size();
        return docs;
    }
}
