package ai.talent.search.index;

import java.util.List;

/**
 * The fixed buckets of the rate (KRW/hour) and years facets. A bucket key names its bounds, lower inclusive,
 * upper exclusive: {@code 30000-50000}, {@code 120000-} (open above). The same keys are filters in the API.
 */
public final class FacetBuckets {

    static final long[] RATE_BOUNDS = {0, 30_000, 50_000, 80_000, 120_000};
    static final double[] YEARS_BOUNDS = {0, 1, 3, 5, 10};
    public static final List<String> RATE_KEYS = keys(RATE_BOUNDS);
    public static final List<String> YEARS_KEYS = keys(YEARS_BOUNDS);

    private FacetBuckets() {
    }

    public static String rateKey(long rate) {
        int i = RATE_BOUNDS.length - 1;
        while (i > 0 && rate < RATE_BOUNDS[i]) {
            i--;
        }
        return RATE_KEYS.get(i);
    }

    public static String yearsKey(double years) {
        int i = YEARS_BOUNDS.length - 1;
        while (i > 0 && years < YEARS_BOUNDS[i]) {
            i--;
        }
        return YEARS_KEYS.get(i);
    }

    /** Lower bound of a rate bucket key. */
    public static long rateFrom(int bucket) {
        return RATE_BOUNDS[bucket];
    }

    /** Upper bound (exclusive) of a rate bucket, or null for the open top bucket. */
    public static Long rateTo(int bucket) {
        return bucket + 1 < RATE_BOUNDS.length ? RATE_BOUNDS[bucket + 1] : null;
    }

    public static double yearsFrom(int bucket) {
        return YEARS_BOUNDS[bucket];
    }

    public static Double yearsTo(int bucket) {
        return bucket + 1 < YEARS_BOUNDS.length ? YEARS_BOUNDS[bucket + 1] : null;
    }

    private static List<String> keys(long[] bounds) {
        java.util.ArrayList<String> keys = new java.util.ArrayList<>();
        for (int i = 0; i < bounds.length; i++) {
            keys.add(bounds[i] + "-" + (i + 1 < bounds.length ? String.valueOf(bounds[i + 1]) : ""));
        }
        return List.copyOf(keys);
    }

    private static List<String> keys(double[] bounds) {
        java.util.ArrayList<String> keys = new java.util.ArrayList<>();
        for (int i = 0; i < bounds.length; i++) {
            keys.add(fmt(bounds[i]) + "-" + (i + 1 < bounds.length ? fmt(bounds[i + 1]) : ""));
        }
        return List.copyOf(keys);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
