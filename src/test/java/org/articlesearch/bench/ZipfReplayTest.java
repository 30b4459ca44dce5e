package org.articlesearch.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cached pass's replay: the same for the same seed, and skewed as Zipf's law says. */
class ZipfReplayTest {
    @Test
    void theSameSeedDrawsTheSameReplay() {
        int[] a = ZipfReplay.draw(1_200, 5_000, 1.0, 7);
        assertArrayEquals(a, ZipfReplay.draw(1_200, 5_000, 1.0, 7));
        assertFalse(Arrays.equals(a, ZipfReplay.draw(1_200, 5_000, 1.0, 8)));
        assertTrue(Arrays.stream(a).allMatch(i -> i >= 0 && i < 1_200));
    }

    @Test
    void aFewQueriesAreMostOfTheTraffic() {
        int n = 1_200, draws = 200_000;
        int[] counts = new int[n];
        for (int i : ZipfReplay.draw(n, draws, 1.0, QuerySet.SEED)) counts[i]++;
        int[] sorted = Arrays.stream(counts).sorted().toArray();
        long top10 = Arrays.stream(sorted, n - 10, n).sum();
        double harmonic = 0;
        for (int r = 1; r <= n; r++) harmonic += 1.0 / r;
        // Rank 1 is asked 1/H(n) of the time (13%), the top ten about 38%.
        assertEquals(1 / harmonic, (double) sorted[n - 1] / draws, 0.01);
        assertEquals(0.38, (double) top10 / draws, 0.02);
        assertTrue(ZipfReplay.distinct(ZipfReplay.draw(n, draws, 1.0, QuerySet.SEED)) > 1_100, "the tail is asked too, rarely");
    }

    @Test
    void thePopularQueriesAreNotTheFirstGenerated() {
        int[] counts = new int[1_200];
        for (int i : ZipfReplay.draw(1_200, 50_000, 1.0, QuerySet.SEED)) counts[i]++;
        int most = 0;
        for (int i = 1; i < counts.length; i++) if (counts[i] > counts[most]) most = i;
        assertTrue(most != 0, "ranks come from a shuffle, not the order the queries were made in");
        assertEquals(List.of("a", "c", "c"), ZipfReplay.replay(List.of("a", "b", "c"), new int[] {0, 2, 2}));
    }
}
