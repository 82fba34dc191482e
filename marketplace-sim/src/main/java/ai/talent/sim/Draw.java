package ai.talent.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.function.ToDoubleFunction;

/** Small sampling helpers over a caller's random stream. */
final class Draw {

    private Draw() {
    }

    static int weightedIndex(double[] weights, RandomGenerator rng) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = rng.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static <T> T weighted(List<T> items, ToDoubleFunction<T> weight, RandomGenerator rng) {
        double[] w = new double[items.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = weight.applyAsDouble(items.get(i));
        }
        return items.get(weightedIndex(w, rng));
    }

    /** {@code k} distinct items drawn without replacement, each draw weighted. */
    static <T> List<T> weightedDistinct(List<T> items, ToDoubleFunction<T> weight, int k, RandomGenerator rng) {
        List<T> pool = new ArrayList<>(items);
        List<T> out = new ArrayList<>(k);
        while (out.size() < k && !pool.isEmpty()) {
            T pick = weighted(pool, weight, rng);
            pool.remove(pick);
            out.add(pick);
        }
        return out;
    }

    /** {@code k} distinct items drawn without replacement, each draw weighted by {@code weights} (aligned with items). */
    static <T> List<T> weightedDistinct(List<T> items, double[] weights, int k, RandomGenerator rng) {
        double[] w = weights.clone();
        List<T> out = new ArrayList<>(k);
        while (out.size() < k) {
            double total = 0;
            int last = -1;
            for (int i = 0; i < w.length; i++) {
                total += w[i];
                if (w[i] > 0) {
                    last = i;
                }
            }
            if (last < 0) {
                break;
            }
            double u = rng.nextDouble() * total;
            int pick = last;
            for (int i = 0; i < w.length; i++) {
                u -= w[i];
                if (u < 0 && w[i] > 0) {
                    pick = i;
                    break;
                }
            }
            out.add(items.get(pick));
            w[pick] = 0;
        }
        return out;
    }

    static <T> T uniform(List<T> items, RandomGenerator rng) {
        return items.get(rng.nextInt(items.size()));
    }

    static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    static double between(RandomGenerator rng, double lo, double hi) {
        return lo + (hi - lo) * rng.nextDouble();
    }

    /** A log-normal multiplier with median 1. */
    static double logNormal(RandomGenerator rng, double sigma) {
        return Math.exp(sigma * rng.nextGaussian());
    }
}
