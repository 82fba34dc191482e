package ai.talent.sim.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.talent.nn.eval.LogisticRegression;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every metric on tiny cases worked out by hand. */
class MetricsTests {

    private static final double[] P = {0.7, 0.2, 0.45, 0.5};
    private static final boolean[] Y = {true, false, true, false};

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    @Test
    void aucCountsOrderedPairsAndTiesAsHalf() {
        // positives 0.7, 0.45; negatives 0.2, 0.5: 0.7>0.2, 0.7>0.5, 0.45>0.2 win, 0.45<0.5 loses → 3/4
        assertThat(Metrics.auc(P, Y)).isEqualTo(0.75);
        assertThat(Metrics.auc(new double[] {0.5, 0.5, 0.1}, new boolean[] {true, false, false})).isEqualTo(0.75);
        assertThat(Metrics.auc(new double[] {0.1, 0.2}, new boolean[] {true, true})).isNaN();
    }

    @Test
    void logLossBrierAndCalibrationErrorMatchTheirDefinitions() {
        assertThat(Metrics.logLoss(P, Y)).isCloseTo(
                -(Math.log(0.7) + Math.log(0.8) + Math.log(0.45) + Math.log(0.5)) / 4, within(1e-12));
        assertThat(Metrics.brier(P, Y)).isCloseTo((0.09 + 0.04 + 0.3025 + 0.25) / 4, within(1e-12));
        // one item per bin: |0.7−1| + |0.2−0| + |0.45−1| + |0.5−0|, over 4
        assertThat(Metrics.ece(P, Y)).isCloseTo((0.3 + 0.2 + 0.55 + 0.5) / 4, within(1e-12));
        // two items in one bin: |(0.31+0.39) − 1| / 2
        assertThat(Metrics.ece(new double[] {0.31, 0.39}, new boolean[] {true, false})).isCloseTo(0.15, within(1e-12));
    }

    @Test
    void rankingMetricsMatchHandComputedValues() {
        Map<String, Integer> grades = Map.of("a", 3, "b", 2, "c", 1);
        List<String> ranking = List.of("c", "a", "x", "b");
        double dcg = 1 + 7 / log2(3) + 3 / log2(5);
        double ideal = 7 + 3 / log2(3) + 1 / log2(4);
        assertThat(Metrics.ndcgAt(10, ranking, grades)).isCloseTo(dcg / ideal, within(1e-12));
        assertThat(Metrics.ndcgAt(1, ranking, grades)).isCloseTo(1 / 7.0, within(1e-12));
        assertThat(Metrics.reciprocalRank(ranking, grades, 2)).isEqualTo(0.5);
        assertThat(Metrics.reciprocalRank(List.of("x", "y"), grades, 1)).isZero();
        assertThat(Metrics.recallAt(2, ranking, grades, 2)).isEqualTo(0.5);
        assertThat(Metrics.recallAt(4, ranking, grades, 2)).isEqualTo(1.0);
        assertThat(Metrics.ndcgAt(10, ranking, Map.of("z", 0))).isNaN();
        assertThat(Metrics.meanAbsoluteError(new double[] {0.2, 0.9}, new double[] {0.5, 0.5})).isCloseTo(0.35,
                within(1e-12));
    }

    @Test
    void logisticRegressionRecoversASeparatingDirection() {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(3);
        List<double[]> rows = new java.util.ArrayList<>();
        List<Boolean> labels = new java.util.ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            double a = rng.nextGaussian();
            double b = rng.nextGaussian();
            rows.add(new double[] {a, b});
            labels.add(rng.nextDouble() < LogisticRegression.sigmoid(2 * a - 1 * b));
        }
        LogisticRegression model = LogisticRegression.fitStandardised(rows, labels, 1e-3);
        double[] p = new double[rows.size()];
        boolean[] y = new boolean[rows.size()];
        double[] truth = new double[rows.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = model.predict(rows.get(i));
            y[i] = labels.get(i);
            truth[i] = LogisticRegression.sigmoid(2 * rows.get(i)[0] - rows.get(i)[1]);
        }
        assertThat(Metrics.meanAbsoluteError(p, truth)).isLessThan(0.03);
        assertThat(Metrics.auc(p, y)).isGreaterThan(0.8);
    }
}
