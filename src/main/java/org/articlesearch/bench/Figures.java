package org.articlesearch.bench;

import java.util.List;

/** What one bench run measured, as written to {@code target/bench/*.json}; every figure beside its baseline. */
public final class Figures {
    private Figures() {
    }

    /** Where the run happened. */
    public record Machine(String cpu, int cores, long memoryMb, String os, String java, String date) {
    }

    /**
     * @param engine       {@code index} end to end, best run
     * @param plainLucene  the bare IndexWriter loop, best run; null where the baseline was skipped (100×)
     * @param ratio        engine docs/s over plain docs/s (target ≥ 0.7)
     */
    public record Indexing(int scale, long articles, long documents, double textMb, IndexBench.Run engine,
                           IndexBench.Run plainLucene, double ratio) {
    }

    /** Index on disk against the raw text it was built from (target ≤ 1.5). */
    public record Size(int scale, long textBytes, long indexBytes, double ratio) {
    }

    /** The engine's search against the bare top ten; ratios are engine over bare (target ≤ 3 for p50). */
    public record Search(int scale, SearchBench.Result result, double p50Ratio, double p99Ratio, double qpsRatio) {
    }

    /** One concurrency level: search against ping; {@code rpsRatio} is search over ping (target ≥ 0.5 at 8). */
    public record HttpLevel(int connections, HttpBench.Load ping, HttpBench.Load search, double rpsRatio) {
    }

    public record Http(int scale, List<HttpLevel> levels) {
    }

    /**
     * serve as a child process: start-up to the first answer, median of alternating runs, with the
     * README's AOT cache ({@code readyMs}) and as a plain {@code java -jar} ({@code readyPlainMs});
     * memory with {@value ServeProcess#MAX_HEAP} of heap, after the HTTP load.
     */
    public record Serve(int scale, double readyMs, double readyPlainMs, ServeProcess.Memory memory, boolean survived) {
    }

    public record Splitting(long articles, SplitBench.Run run, double megabytesPerSecondPerCore) {
    }

    /** One of the issue's targets, met or not. */
    public record Target(String name, String value, String limit, boolean met) {
    }

    /**
     * The same corpus and queries on a SolrCloud collection, beside the local backend of the same run.
     *
     * @param shards   shards of the collection
     * @param indexing {@code index --solr}, splitting included, to the alias moved
     * @param search   {@code serve --solr}'s {@code /api/search} at 8 connections
     * @param local    the local {@code serve}'s at 8 connections, from the same run
     */
    public record SolrBackend(int scale, int shards, IndexBench.Run indexing, IndexBench.Run localIndexing,
                              HttpBench.Load search, HttpBench.Load local) {
    }
}
