package ai.talent.load.http;

import java.util.Arrays;

/** A growable list of latencies in microseconds; quantiles by the nearest-rank method. Not thread-safe. */
public final class Latencies {

    private long[] values = new long[256];
    private int size;

    public void add(long micros) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = micros;
    }

    /** A sorted copy. */
    public long[] snapshot() {
        long[] copy = Arrays.copyOf(values, size);
        Arrays.sort(copy);
        return copy;
    }

    /** The nearest-rank q-quantile (0..1) of sorted microseconds, in milliseconds; NaN when empty. */
    public static double quantileMillis(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] / 1000.0;
    }
}
