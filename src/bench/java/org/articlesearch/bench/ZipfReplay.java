package org.articlesearch.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A replay of the bench's queries with the repetition real traffic has: a few asked again and again,
 * most rarely. Each query gets a rank by a seeded shuffle (so the popular ones are not the first
 * generated, which are all single words), and draws pick rank r with probability proportional to
 * 1 / r^s. With s = 1 and 1,200 queries the most asked is 13% of requests and the top 10 are 38%.
 */
public final class ZipfReplay {
    /** The classic Zipf exponent, which query logs come near. */
    public static final double EXPONENT = 1.0;
    /** Draws in a replay; the load generator goes round them again when a run outlasts them. */
    public static final int DRAWS = 20_000;

    private ZipfReplay() {
    }

    /** {@code draws} indexes into a list of {@code n} queries, the same ones for the same seed. */
    public static int[] draw(int n, int draws, double exponent, long seed) {
        if (n < 1) throw new IllegalArgumentException("no queries to draw from");
        Random random = new Random(seed);
        List<Integer> byRank = new ArrayList<>(n);
        for (int i = 0; i < n; i++) byRank.add(i);
        Collections.shuffle(byRank, random);
        double[] cumulative = new double[n];
        double sum = 0;
        for (int r = 0; r < n; r++) {
            sum += 1 / Math.pow(r + 1, exponent);
            cumulative[r] = sum;
        }
        int[] out = new int[draws];
        for (int i = 0; i < draws; i++) {
            int found = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
            int rank = Math.min(n - 1, found >= 0 ? found : -found - 1);
            out[i] = byRank.get(rank);
        }
        return out;
    }

    /** {@code items} in the order of a replay. */
    public static <T> List<T> replay(List<T> items, int[] order) {
        List<T> out = new ArrayList<>(order.length);
        for (int i : order) out.add(items.get(i));
        return out;
    }

    /** How many different queries a replay asks. */
    public static int distinct(int[] order) {
        return (int) Arrays.stream(order).distinct().count();
    }
}
