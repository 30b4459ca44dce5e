package org.articlesearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The side-by-side table: each side's req/s and latencies, the ratios against Solr, the targets they meet. */
class SideBySideReportTest {
    @Test
    void theTableShowsBothSidesAndTheirRatios() {
        BenchReport report = new BenchReport(new Figures.Machine("cpu", 2, 8192, "Linux", "Java 25", "today"));
        Figures.SideBySidePhase none = phase(2_400, 10, 1_000, 40, 2_000);
        Figures.SideBySidePhase cached = phase(1_000, 30, 2_000, 20, 4_000);
        report.sideBySide.add(new Figures.SideBySide(100, 1_900_000, new IndexBench.Run(1_900_000, 95, 1.9),
                new IndexBench.Run(1_900_000, 85, 1.5), none, cached,
                new Figures.Totals(1_200, 1_155, 40, Map.of("phrase2", 45), List.of())));
        String table = report.table();
        assertTrue(table.contains("| 100× (1,900,000) | none | 2,400, 5.0 / 10.0 | 1,000, 20.0 / 40.0 | 2,000, 2.0 / 4.0 | **2.40** | **0.25** | 1.20 |"), table);
        assertTrue(table.contains("| 100× (1,900,000) | on, Zipf replay | 1,000, 15.0 / 30.0 | 2,000, 10.0 / 20.0 |"), table);
        assertTrue(table.contains("totals equal on **1,155 of 1,200** queries (unequal: 45 phrase2; 40 of them"), table);
        assertFalse(table.contains("| figure |"), "no empty table of the full bench's figures");

        List<Figures.Target> targets = report.targets();
        assertEquals(6, targets.size(), "req/s, p99 ratio and p99 at 100×, without and with caches");
        assertTrue(targets.get(0).met() && targets.get(1).met() && targets.get(2).met());
        assertFalse(targets.get(3).met(), "half Solr's req/s with caches: " + targets.get(3));
    }

    private static Figures.SideBySidePhase phase(double ours, double ourP99, double solr, double solrP99, double bare) {
        return new Figures.SideBySidePhase("ours", "solr's", "replay", load("search", ours, ourP99), load("select", solr, solrP99),
                load("select bare", bare, solrP99 / 10), 600, 1_100, List.of());
    }

    private static HttpBench.Load load(String endpoint, double rps, double p99) {
        return new HttpBench.Load(endpoint, 8, (long) rps, 0, rps, new Latency((long) rps, p99 / 2, p99, p99 / 3), null);
    }
}
