package ai.talent.nn.eval;

/** Precision, recall and F1 of one class, one span type, or an average of them. */
public record PrecisionRecallF1(double precision, double recall, double f1) {

    /** From counts; an undefined ratio (0/0) counts as 0, as scikit-learn's zero_division=0 does. */
    public static PrecisionRecallF1 fromCounts(long truePositives, long falsePositives, long falseNegatives) {
        double p = ratio(truePositives, truePositives + falsePositives);
        double r = ratio(truePositives, truePositives + falseNegatives);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new PrecisionRecallF1(p, r, f);
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
