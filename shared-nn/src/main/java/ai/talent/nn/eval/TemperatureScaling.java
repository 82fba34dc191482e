package ai.talent.nn.eval;

/**
 * Temperature scaling (Guo et al., 2017): one positive number {@code T} that divides a binary model's logits,
 * fitted on a validation split by minimising the log-loss. {@code T > 1} softens an over-confident model,
 * {@code T < 1} sharpens an under-confident one; the ranking (and so the AUC) never changes. For a deep
 * ensemble the same {@code T} divides every member's logit and the calibrated prediction is the mean of the
 * members' probabilities.
 */
public record TemperatureScaling(double temperature) {

    /** Search range of {@code log T}: T from 1/20 to 20 covers every model we have seen miscalibrated. */
    static final double LOG_T_MIN = Math.log(0.05);
    static final double LOG_T_MAX = Math.log(20);
    /** Coarse grid first, so a non-convex ensemble objective cannot trap the refinement in a side valley. */
    static final int GRID_POINTS = 81;
    static final double TOLERANCE = 1e-7;

    public TemperatureScaling {
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be a finite number > 0, got " + temperature);
        }
    }

    /** No change: T = 1. */
    public static TemperatureScaling identity() {
        return new TemperatureScaling(1.0);
    }

    /** Fits T on one model's validation logits and 0/1 labels. */
    public static TemperatureScaling fit(double[] logits, int[] labels) {
        return fitEnsemble(new double[][] {logits}, labels);
    }

    /** Fits one T for an ensemble: {@code memberLogits[m][i]} is member m's logit for validation item i. */
    public static TemperatureScaling fitEnsemble(double[][] memberLogits, int[] labels) {
        if (memberLogits.length == 0) {
            throw new IllegalArgumentException("temperature scaling needs the logits of at least one model");
        }
        for (double[] member : memberLogits) {
            BinaryMetrics.check(member, labels);
            for (int i = 0; i < member.length; i++) {
                if (!Double.isFinite(member[i])) {
                    throw new IllegalArgumentException("logit " + i + " is " + member[i]);
                }
            }
        }
        int positives = 0;
        for (int label : labels) {
            positives += label;
        }
        if (positives == 0 || positives == labels.length) {
            throw new IllegalArgumentException("temperature scaling needs both classes in the validation split; got "
                    + positives + " positives of " + labels.length);
        }
        double step = (LOG_T_MAX - LOG_T_MIN) / (GRID_POINTS - 1);
        int best = 0;
        double bestLoss = Double.POSITIVE_INFINITY;
        for (int g = 0; g < GRID_POINTS; g++) {
            double loss = logLoss(memberLogits, labels, Math.exp(LOG_T_MIN + g * step));
            if (loss < bestLoss) {
                bestLoss = loss;
                best = g;
            }
        }
        // golden-section refinement inside the grid cell on either side of the best grid point
        double lo = LOG_T_MIN + Math.max(0, best - 1) * step;
        double hi = LOG_T_MIN + Math.min(GRID_POINTS - 1, best + 1) * step;
        double ratio = (Math.sqrt(5) - 1) / 2;
        double a = hi - ratio * (hi - lo);
        double b = lo + ratio * (hi - lo);
        double fa = logLoss(memberLogits, labels, Math.exp(a));
        double fb = logLoss(memberLogits, labels, Math.exp(b));
        while (hi - lo > TOLERANCE) {
            if (fa <= fb) {
                hi = b;
                b = a;
                fb = fa;
                a = hi - ratio * (hi - lo);
                fa = logLoss(memberLogits, labels, Math.exp(a));
            } else {
                lo = a;
                a = b;
                fa = fb;
                b = lo + ratio * (hi - lo);
                fb = logLoss(memberLogits, labels, Math.exp(b));
            }
        }
        return new TemperatureScaling(Math.exp((lo + hi) / 2));
    }

    /** The calibrated probability of one logit. */
    public double probability(double logit) {
        return sigmoid(logit / temperature);
    }

    public double[] probabilities(double[] logits) {
        double[] p = new double[logits.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = probability(logits[i]);
        }
        return p;
    }

    /** The calibrated ensemble prediction per item: the mean over members of {@code sigmoid(z / T)}. */
    public double[] ensembleProbabilities(double[][] memberLogits) {
        int n = memberLogits[0].length;
        double[] p = new double[n];
        for (double[] member : memberLogits) {
            for (int i = 0; i < n; i++) {
                p[i] += probability(member[i]) / memberLogits.length;
            }
        }
        return p;
    }

    private static double logLoss(double[][] memberLogits, int[] labels, double t) {
        double sum = 0;
        int n = labels.length;
        for (int i = 0; i < n; i++) {
            double p = 0;
            for (double[] member : memberLogits) {
                p += sigmoid(member[i] / t);
            }
            p /= memberLogits.length;
            p = Math.min(Math.max(p, BinaryMetrics.LOG_LOSS_EPS), 1 - BinaryMetrics.LOG_LOSS_EPS);
            sum -= labels[i] == 1 ? Math.log(p) : Math.log(1 - p);
        }
        return sum / n;
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }
}
