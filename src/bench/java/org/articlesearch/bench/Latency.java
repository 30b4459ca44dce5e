package org.articlesearch.bench;

import java.util.Arrays;

/**
 * A latency distribution in milliseconds, from raw nanosecond samples.
 *
 * @param count  samples
 * @param p50Ms  median
 * @param p99Ms  99th percentile (nearest rank)
 * @param meanMs arithmetic mean
 */
public record Latency(long count, double p50Ms, double p99Ms, double meanMs) {

    /** Summarises {@code nanos}; the array is sorted in place. */
    public static Latency of(long[] nanos) {
        if (nanos.length == 0) return new Latency(0, 0, 0, 0);
        Arrays.sort(nanos);
        double sum = 0;
        for (long n : nanos) sum += n;
        return new Latency(nanos.length, ms(percentile(nanos, 50)), ms(percentile(nanos, 99)), ms(sum / nanos.length));
    }

    private static double percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ms(double nanos) {
        return Math.round(nanos / 1_000.0) / 1_000.0;
    }
}
