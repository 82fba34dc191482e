package ai.talent.sim.harness;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Helpers for the prediction maps models hand to the harness. */
final class Predictions {

    private Predictions() {
    }

    static double require(String system, Map<String, Double> predictions, String itemId) {
        Double p = predictions.get(itemId);
        if (p == null || Double.isNaN(p)) {
            throw new IllegalArgumentException("system '" + system + "' has no prediction for item " + itemId
                    + " (predictions are keyed by the items' ids)");
        }
        return p;
    }

    static List<String> requireRanking(String system, Map<String, List<String>> rankings, String itemId) {
        List<String> r = rankings.get(itemId);
        if (r == null) {
            throw new IllegalArgumentException("system '" + system + "' has no ranking for item " + itemId
                    + " (rankings are keyed by the items' ids)");
        }
        return r;
    }

    /** The base rate with a small random jitter: the random reference, calibrated on average, ranking by chance. */
    static double jitter(double base, String itemId, long seed) {
        return Math.min(0.999, Math.max(0.001, base + 0.01 * (new SplittableRandom(seed ^ itemId.hashCode() * 0x9E3779B97F4A7C15L)
                .nextDouble() - 0.5)));
    }
}
