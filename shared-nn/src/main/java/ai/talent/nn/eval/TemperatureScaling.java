package ai.talent.nn.eval;

/**
 * Temperature scaling (Guo et al., 2017): one positive number {@code T} that divides a binary model's logits,
 * fitted on a validation split by minimising the log-loss. {@code T > 1} softens an over-confident model,
 * {@code T < 1} sharpens an under-confident one; the ranking (and so the AUC) never changes. For a deep
 * ensemble the same {@code T} divides every member's logit and the calibrated prediction is the mean of the
 * members' probabilities.
 *
 * <p>With an {@code offset} {@code b} it is Platt's scaling (Platt, 1999) in the same parameters:
 * {@code sigmoid(z / T + b)}. Dividing the logits alone pulls every prediction towards 0.5, so a model whose
 * predictions are centred on a base rate far from one half (most outcomes succeed, or most fail) comes out of a
 * softening temperature predicting too few of the frequent outcome; the offset puts the centre back, and it too
 * leaves one model's ranking unchanged (an ensemble's mean of probabilities can reorder near-ties). Three fits:
 * {@link #fitEnsemble} the temperature alone ({@code b = 0}); {@link #fitEnsembleWithOffset} both, from the
 * validation split; {@link #fitEnsembleAround} the temperature about a given centre (such as the training base
 * rate's logit), the offset following from it.
 */
public record TemperatureScaling(double temperature, double offset) {

    /** Search range of {@code log T}: T from 1/20 to 20 covers every model we have seen miscalibrated. */
    static final double LOG_T_MIN = Math.log(0.05);
    static final double LOG_T_MAX = Math.log(20);
    /** Search range of the offset, in logits: a base rate moved from 0.5 to 0.98 is 3.9. */
    static final double OFFSET_MAX = 6;
    /** The offset's coarse grid (1 apart): for a fixed temperature the loss has one valley in the offset. */
    static final int OFFSET_GRID_POINTS = 13;
    /** Coarse grid first, so a non-convex ensemble objective cannot trap the refinement in a side valley. */
    static final int GRID_POINTS = 81;
    static final double TOLERANCE = 1e-7;

    public TemperatureScaling {
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be a finite number > 0, got " + temperature);
        }
        if (!Double.isFinite(offset)) {
            throw new IllegalArgumentException("offset must be a finite number, got " + offset);
        }
    }

    /** A temperature alone (no offset). */
    public TemperatureScaling(double temperature) {
        this(temperature, 0);
    }

    /** No change: T = 1, no offset. */
    public static TemperatureScaling identity() {
        return new TemperatureScaling(1.0, 0);
    }

    /** Fits T on one model's validation logits and 0/1 labels. */
    public static TemperatureScaling fit(double[] logits, int[] labels) {
        return fitEnsemble(new double[][] {logits}, labels);
    }

    /** Fits one T for an ensemble: {@code memberLogits[m][i]} is member m's logit for validation item i. */
    public static TemperatureScaling fitEnsemble(double[][] memberLogits, int[] labels) {
        check(memberLogits, labels);
        return new TemperatureScaling(Math.exp(minimise(LOG_T_MIN, LOG_T_MAX, GRID_POINTS,
                logT -> logLoss(memberLogits, labels, Math.exp(logT), 0))));
    }

    /**
     * Fits one T and one offset for an ensemble by the log-loss on the validation split: for each temperature the
     * best offset, and the temperature whose best offset gives the lowest loss.
     */
    public static TemperatureScaling fitEnsembleWithOffset(double[][] memberLogits, int[] labels) {
        check(memberLogits, labels);
        java.util.function.DoubleUnaryOperator bestOffset = logT -> minimise(-OFFSET_MAX, OFFSET_MAX,
                OFFSET_GRID_POINTS, b -> logLoss(memberLogits, labels, Math.exp(logT), b));
        double logT = minimise(LOG_T_MIN, LOG_T_MAX, GRID_POINTS,
                lt -> logLoss(memberLogits, labels, Math.exp(lt), bestOffset.applyAsDouble(lt)));
        return new TemperatureScaling(Math.exp(logT), bestOffset.applyAsDouble(logT));
    }

    /**
     * Fits one T that scales the logits about {@code centre} instead of about 0: {@code sigmoid(c + (z − c) / T)},
     * that is offset {@code c (1 − 1/T)}. With c the logit of the training base rate, softening an over-confident
     * model pulls it towards the base rate it was trained on, not towards one half, and only the temperature is
     * learned from the validation split, so a validation window whose own base rate drifted does not move the
     * centre (a fitted offset follows that window's rate).
     */
    public static TemperatureScaling fitEnsembleAround(double[][] memberLogits, int[] labels, double centre) {
        check(memberLogits, labels);
        if (!Double.isFinite(centre)) {
            throw new IllegalArgumentException("centre must be a finite logit, got " + centre);
        }
        double logT = minimise(LOG_T_MIN, LOG_T_MAX, GRID_POINTS, lt -> logLoss(memberLogits, labels, Math.exp(lt),
                centre * (1 - Math.exp(-lt))));
        double t = Math.exp(logT);
        return new TemperatureScaling(t, centre * (1 - 1 / t));
    }

    private static void check(double[][] memberLogits, int[] labels) {
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
    }

    /**
     * The argument in [min, max] where {@code f} is least: the best of a coarse grid, then golden-section refinement
     * inside the grid cells on either side of it.
     */
    private static double minimise(double min, double max, int gridPoints, java.util.function.DoubleUnaryOperator f) {
        double step = (max - min) / (gridPoints - 1);
        int best = 0;
        double bestLoss = Double.POSITIVE_INFINITY;
        for (int g = 0; g < gridPoints; g++) {
            double loss = f.applyAsDouble(min + g * step);
            if (loss < bestLoss) {
                bestLoss = loss;
                best = g;
            }
        }
        double lo = min + Math.max(0, best - 1) * step;
        double hi = min + Math.min(gridPoints - 1, best + 1) * step;
        double ratio = (Math.sqrt(5) - 1) / 2;
        double a = hi - ratio * (hi - lo);
        double b = lo + ratio * (hi - lo);
        double fa = f.applyAsDouble(a);
        double fb = f.applyAsDouble(b);
        while (hi - lo > TOLERANCE) {
            if (fa <= fb) {
                hi = b;
                b = a;
                fb = fa;
                a = hi - ratio * (hi - lo);
                fa = f.applyAsDouble(a);
            } else {
                lo = a;
                a = b;
                fa = fb;
                b = lo + ratio * (hi - lo);
                fb = f.applyAsDouble(b);
            }
        }
        return (lo + hi) / 2;
    }

    /** The calibrated probability of one logit. */
    public double probability(double logit) {
        return sigmoid(logit / temperature + offset);
    }

    public double[] probabilities(double[] logits) {
        double[] p = new double[logits.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = probability(logits[i]);
        }
        return p;
    }

    /** The calibrated ensemble prediction per item: the mean over members of {@code sigmoid(z / T + b)}. */
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

    private static double logLoss(double[][] memberLogits, int[] labels, double t, double offset) {
        double sum = 0;
        int n = labels.length;
        for (int i = 0; i < n; i++) {
            double p = 0;
            for (double[] member : memberLogits) {
                p += sigmoid(member[i] / t + offset);
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
