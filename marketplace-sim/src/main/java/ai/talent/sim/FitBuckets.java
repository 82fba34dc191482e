package ai.talent.sim;

/** Rates of an outcome (hired, succeeded) by latent-fit bucket, to check that the ground truth is coherent. */
public final class FitBuckets {

    /** Bucket lower edges; the first bucket is everything below {@code EDGES[1]}. */
    public static final double[] EDGES = {Double.NEGATIVE_INFINITY, -2, -1, 0, 1, 2};

    private final long[] total = new long[EDGES.length];
    private final long[] positive = new long[EDGES.length];

    public void add(double fit, boolean outcome) {
        int b = 0;
        while (b + 1 < EDGES.length && fit >= EDGES[b + 1]) {
            b++;
        }
        total[b]++;
        if (outcome) {
            positive[b]++;
        }
    }

    public int buckets() {
        return EDGES.length;
    }

    public long total(int bucket) {
        return total[bucket];
    }

    public double rate(int bucket) {
        return total[bucket] == 0 ? Double.NaN : positive[bucket] / (double) total[bucket];
    }

    public String label(int bucket) {
        String lo = bucket == 0 ? "-inf" : String.valueOf((int) EDGES[bucket]);
        String hi = bucket + 1 < EDGES.length ? String.valueOf((int) EDGES[bucket + 1]) : "+inf";
        return "[" + lo + "," + hi + ")";
    }
}
