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
    /**
     * article-search beside a stock Solr on the same documents and queries, same run (bench {@code --vs-solr}).
     *
     * @param documents   documents in each index
     * @param ourIndexing {@code index}, splitting included
     * @param solrLoading the same split documents into Solr, splitting included (one shard, one replica)
     * @param noCaches    both sides with no caches, the queries in order
     * @param caches      both sides with their caches, a Zipf replay of the queries
     * @param totals      how often our total and Solr's numFound agree
     */
    public record SideBySide(int scale, long documents, IndexBench.Run ourIndexing, IndexBench.Run solrLoading,
                             SideBySidePhase noCaches, SideBySidePhase caches, Totals totals) {
    }

    /**
     * One pass of the side by side at 8 connections.
     *
     * @param ourCaches    what article-search kept between requests
     * @param solrCaches   what Solr kept
     * @param replay       which requests, in which order
     * @param ours         {@code /api/search}
     * @param solrFull     {@code /select} with highlighting and facets
     * @param solrBare     {@code /select} with neither
     * @param ourPeakRssMb serve's resident memory high-water mark, this pass
     * @param solrPeakRssMb the Solr node's, since it started (0 where it was not ours to watch)
     * @param solrCacheUse  Solr's own count of its caches' lookups and hits over the pass, warming included
     */
    public record SideBySidePhase(String ourCaches, String solrCaches, String replay, HttpBench.Load ours,
                                  HttpBench.Load solrFull, HttpBench.Load solrBare, double ourPeakRssMb, double solrPeakRssMb,
                                  List<CacheUse> solrCacheUse) {
        /** Our requests per second over Solr's with highlighting and facets (target ≥ 2). */
        public double rpsRatio() {
            return ours.rps() / solrFull.rps();
        }

        /** Our p99 over Solr's with highlighting and facets (target ≤ 0.5). */
        public double p99Ratio() {
            return ours.latency().p99Ms() / solrFull.latency().p99Ms();
        }
    }

    /**
     * Totals of the same queries on both sides: our {@code total} against Solr's {@code numFound}.
     *
     * @param equal       queries whose totals are equal
     * @param mostWords   of the unequal, those where our search fell back to most of the words
     *                    ({@code matched: most}), which the Solr request does not do
     * @param unequalByKind unequal totals per query kind
     * @param unequal     every query whose totals differ, with both totals
     */
    public record Totals(int queries, int equal, int mostWords, java.util.Map<String, Integer> unequalByKind,
                         List<Unequal> unequal) {
    }

    /** One of Solr's caches as its metrics report it: {@code hits} of {@code lookups} answered from it. */
    public record CacheUse(String cache, long lookups, long hits) {
    }

    public record Unequal(BenchQuery query, long ours, String matched, long solr) {
    }
}
