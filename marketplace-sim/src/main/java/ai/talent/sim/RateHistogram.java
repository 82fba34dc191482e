package ai.talent.sim;

/** Hourly rates in 1,000 KRW bins (up to 1,000,000 KRW), for quantiles in constant memory. */
final class RateHistogram {

    private static final int BIN_KRW = 1000;
    private final long[] bins = new long[1001];
    private long count;
    private double sum;

    void add(long rateKrw) {
        bins[(int) Math.min(bins.length - 1, rateKrw / BIN_KRW)]++;
        count++;
        sum += rateKrw;
    }

    long count() {
        return count;
    }

    double mean() {
        return count == 0 ? 0 : sum / count;
    }

    /** The q-quantile (0–1), to the bin. */
    long quantile(double q) {
        if (count == 0) {
            return 0;
        }
        long target = (long) Math.ceil(q * count);
        long seen = 0;
        for (int b = 0; b < bins.length; b++) {
            seen += bins[b];
            if (seen >= Math.max(1, target)) {
                return (long) b * BIN_KRW;
            }
        }
        return (long) (bins.length - 1) * BIN_KRW;
    }
}
