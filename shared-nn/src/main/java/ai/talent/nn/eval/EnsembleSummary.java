package ai.talent.nn.eval;

import java.util.List;

/**
 * A deep ensemble's prediction and disagreement: the per-item mean over members (the ensemble's
 * prediction), the per-item standard deviation across members (its uncertainty), and the mean
 * and max of that spread over items.
 */
public record EnsembleSummary(double[] mean, double[] std, double meanStd, double maxStd, int members) {

    /** Each member's predictions for the same items, in the same order. */
    public static EnsembleSummary of(List<double[]> memberPredictions) {
        if (memberPredictions.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one member");
        }
        int items = memberPredictions.get(0).length;
        for (int m = 1; m < memberPredictions.size(); m++) {
            if (memberPredictions.get(m).length != items) {
                throw new IllegalArgumentException("member " + m + " predicted " + memberPredictions.get(m).length
                        + " items, member 0 predicted " + items);
            }
        }
        double[] mean = new double[items];
        double[] std = new double[items];
        double[] column = new double[memberPredictions.size()];
        double sumStd = 0;
        double maxStd = 0;
        for (int i = 0; i < items; i++) {
            for (int m = 0; m < column.length; m++) {
                column[m] = memberPredictions.get(m)[i];
            }
            Summary s = Summary.of(column);
            mean[i] = s.mean();
            std[i] = s.std();
            sumStd += s.std();
            maxStd = Math.max(maxStd, s.std());
        }
        return new EnsembleSummary(mean, std, items == 0 ? 0 : sumStd / items, maxStd, column.length);
    }

    /** The ensemble's prediction: the average of its members'. */
    public static double[] average(List<double[]> memberPredictions) {
        return of(memberPredictions).mean();
    }
}
