package org.articlesearch.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What to run.
 *
 * @param corpus        source articles (the BBC corpus)
 * @param scales        how many copies of it, e.g. [1, 10, 100]
 * @param out           where the scaled corpora, indexes and figures go (under {@code target/})
 * @param jar           the article-search jar that {@code serve} runs from
 * @param maxArticles   use only the first N source articles (0 = all); for smoke tests
 * @param queries       generated queries
 * @param searchRounds  measured passes over the queries in process
 * @param indexRepeats  runs of each indexing job per scale below 100 (the best counts)
 * @param httpSeconds   measured seconds per endpoint and concurrency level
 * @param splitSeconds  seconds spent splitting, at least
 * @param threads       indexing threads for the engine and the baseline alike
 * @param profile       record a Flight Recorder profile of each serve process
 * @param startRuns     timed start-ups of serve per scale, with the AOT cache and plain each
 * @param solr          a SolrCloud node's base URL to measure the Solr backend on too, or null
 * @param solrShards    shards of the bench's Solr collections
 * @param vsSolr        measure side by side with a stock Solr instead of the full bench
 * @param vsSolrUrl     the running SolrCloud node to measure it on, or null to start one (solr/cloud)
 */
public record BenchOptions(Path corpus, List<Integer> scales, Path out, Path jar, int maxArticles, int queries,
                           int searchRounds, int indexRepeats, double httpSeconds, double splitSeconds, int threads,
                           boolean profile, int startRuns, java.net.URI solr, int solrShards,
                           boolean vsSolr, java.net.URI vsSolrUrl) {
    /** Above this scale the plain-Lucene baseline, which holds the whole split corpus in memory, is skipped. */
    public static final int MAX_BASELINE_SCALE = 10;
    public static final List<Integer> CONNECTIONS = List.of(1, 8, 32);
}
