package org.articlesearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.articlesearch.Shared;
import org.articlesearch.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench command on a handful of articles: every figure file is written and holds sane values.
 * It checks the plumbing, never the speed; the real run is `article-search bench` (BENCHMARKS.md).
 */
class BenchIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path JAR = Path.of(System.getProperty("project.jar", "target/article-search.jar"));
    private static final Path BBC = Shared.path("corpus/bbc");

    @TempDir
    Path dir;

    @Test
    void aTinyBenchWritesEveryFigureFileWithPositiveValues() throws Exception {
        Shared.require(BBC);
        Path out = dir.resolve("bench");
        int code = Main.run("bench", "--corpus", BBC.toString(), "--jar", JAR.toString(), "--out", out.toString(),
                "--scale", "1", "--max-articles", "25", "--queries", "40", "--search-rounds", "1",
                "--index-repeats", "1", "--http-seconds", "0.6", "--split-seconds", "0.2", "--start-runs", "1");
        assertEquals(0, code);

        for (String name : List.of("machine", "indexing", "size", "search", "http", "serve", "splitting", "targets", "queries")) {
            assertTrue(Files.isRegularFile(out.resolve(name + ".json")), name + ".json is written");
        }
        JsonNode indexing = read(out, "indexing").get(0);
        assertEquals(25, indexing.get("articles").asInt());
        positive(indexing, "documents", "engine/seconds", "engine/documents", "plainLucene/documents", "ratio");
        assertEquals(indexing.get("engine").get("documents").asLong(), indexing.get("plainLucene").get("documents").asLong(),
                "the baseline indexes the same documents");
        positive(read(out, "size").get(0), "textBytes", "indexBytes", "ratio");
        positive(read(out, "search").get(0), "result/engine/p50Ms", "result/bare/p50Ms", "result/engineQps", "p50Ratio");
        JsonNode levels = read(out, "http").get(0).get("levels");
        assertEquals(3, levels.size(), "1, 8 and 32 connections");
        for (JsonNode level : levels) positive(level, "ping/rps", "search/rps", "search/latency/p99Ms", "rpsRatio");
        JsonNode serve = read(out, "serve").get(0);
        positive(serve, "readyMs", "readyPlainMs", "memory/peakRssMb", "memory/peakHeapMb");
        assertTrue(serve.get("survived").asBoolean(), "serve answered every request");
        positive(read(out, "splitting"), "megabytesPerSecondPerCore", "run/documents");
        assertEquals(40, read(out, "queries").size());
        assertTrue(Files.readString(out.resolve("table.md")).contains("| index: **ratio** (≥ 0.70) |"));
    }

    /**
     * Side by side on the SolrCloud the build started (the bench starts its own node when given no URL,
     * which a test need not repeat): both sides answered, their totals compared, the table written.
     */
    @Test
    void aTinySideBySideWithSolrMeasuresBothSidesWithAndWithoutCaches() throws Exception {
        Shared.require(BBC);
        Path out = dir.resolve("vs");
        int code = Main.run("bench", "--vs-solr=" + clusterUrl(), "--corpus", BBC.toString(), "--jar", JAR.toString(),
                "--out", out.toString(), "--scale", "1", "--max-articles", "25", "--queries", "40", "--http-seconds", "0.6");
        assertEquals(0, code);
        JsonNode v = read(out, "sideBySide").get(0);
        assertEquals(40, v.at("/totals/queries").asInt());
        assertTrue(v.at("/totals/equal").asInt() >= 36, "totals mostly agree: " + v.get("totals"));
        for (String phase : List.of("noCaches", "caches")) {
            positive(v.get(phase), "ours/rps", "solrFull/rps", "solrBare/rps", "ours/latency/p99Ms", "solrFull/latency/p99Ms");
            for (String side : List.of("ours", "solrFull", "solrBare")) {
                assertEquals(0, v.get(phase).get(side).get("errors").asLong(), phase + " " + side + ": " + v.get(phase).get(side));
            }
        }
        assertTrue(Files.readString(out.resolve("table.md")).contains("| req/s ours / Solr (≥ 2) |"));
        assertFalse(Files.exists(out.resolve("http.json")), "only the side by side was measured");
    }

    private static String clusterUrl() throws Exception {
        Path state = Path.of(System.getProperty("solr.cloud.dir", "target/solr-cloud")).resolve("cloud.env");
        assertTrue(Files.isRegularFile(state), "the build started a SolrCloud (solr/cloud start) and wrote " + state);
        java.util.Properties p = new java.util.Properties();
        try (var in = Files.newBufferedReader(state)) {
            p.load(in);
        }
        return p.getProperty("url");
    }

    private static JsonNode read(Path out, String name) throws Exception {
        return JSON.readTree(out.resolve(name + ".json").toFile()).get(name);
    }

    private static void positive(JsonNode node, String... paths) {
        for (String path : paths) {
            JsonNode n = node.at("/" + path);
            assertTrue(n.isNumber() && n.asDouble() > 0, path + " is a positive number: " + node);
        }
    }
}
