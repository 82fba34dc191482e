package ai.talent.nn.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Calibration of predicted probabilities: equal-width reliability bins and the expected
 * calibration error (ECE), the count-weighted mean gap between predicted and observed frequency.
 */
public final class Calibration {

    /** The usual choice in the calibration literature. */
    public static final int DEFAULT_BINS = 10;

    private Calibration() {
    }

    public static List<ReliabilityBin> bins(double[] probabilities, int[] labels, int binCount) {
        BinaryMetrics.check(probabilities, labels);
        if (binCount < 1) {
            throw new IllegalArgumentException("bin count must be at least 1, got " + binCount);
        }
        int[] counts = new int[binCount];
        double[] predicted = new double[binCount];
        double[] positives = new double[binCount];
        for (int i = 0; i < labels.length; i++) {
            double p = probabilities[i];
            if (p < 0 || p > 1) {
                throw new IllegalArgumentException("probability " + i + " is " + p + ", outside [0, 1]");
            }
            int b = Math.min((int) (p * binCount), binCount - 1);
            counts[b]++;
            predicted[b] += p;
            positives[b] += labels[i];
        }
        List<ReliabilityBin> bins = new ArrayList<>(binCount);
        for (int b = 0; b < binCount; b++) {
            int n = counts[b];
            bins.add(new ReliabilityBin((double) b / binCount, (double) (b + 1) / binCount, n,
                    n == 0 ? Double.NaN : predicted[b] / n, n == 0 ? Double.NaN : positives[b] / n));
        }
        return bins;
    }

    public static double expectedCalibrationError(double[] probabilities, int[] labels, int binCount) {
        double ece = 0;
        for (ReliabilityBin bin : bins(probabilities, labels, binCount)) {
            if (bin.count() > 0) {
                ece += (double) bin.count() / labels.length * Math.abs(bin.fractionPositive() - bin.meanPredicted());
            }
        }
        return ece;
    }
}
