package ai.talent.nn.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LogisticRegressionTests {

    /** Labels drawn from log-odds 0.5 + 2a - b. */
    private static final int N = 20_000;

    @Test
    void recoversTheLogOddsThatDrewTheLabels() {
        SplittableRandom random = new SplittableRandom(7);
        float[][] x = new float[N][];
        int[] y = new int[N];
        for (int i = 0; i < N; i++) {
            x[i] = new float[] {(float) random.nextGaussian(), (float) (3 + 2 * random.nextGaussian())};
            y[i] = random.nextDouble() < LogisticRegression.sigmoid(0.5 + 2 * x[i][0] - x[i][1] + 3) ? 1 : 0;
        }

        LogisticRegression model = LogisticRegression.fit(x, y);

        double origin = model.score(new double[] {0, 3});
        assertThat(origin).isCloseTo(0.5, within(0.1));
        assertThat(model.score(new double[] {1, 3}) - origin).isCloseTo(2.0, within(0.15));
        assertThat(model.score(new double[] {0, 4}) - origin).isCloseTo(-1.0, within(0.1));
        assertThat(model.probabilities(new float[][] {{0, 3}})[0]).isCloseTo(LogisticRegression.sigmoid(origin),
                within(1e-12));
    }

    @Test
    void standardisingTheColumnsLeavesAnUnpenalisedFitsPredictionsAlone() {
        SplittableRandom random = new SplittableRandom(11);
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        double[][] x = new double[2_000][];
        boolean[] y = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {1_000 * random.nextGaussian(), random.nextGaussian(), 4.0};
            y[i] = random.nextDouble() < LogisticRegression.sigmoid(x[i][0] / 1_000 - x[i][1]);
            rows.add(x[i]);
            labels.add(y[i]);
        }

        LogisticRegression plain = LogisticRegression.fit(x, y, 1e-9);
        LogisticRegression standardised = LogisticRegression.fitStandardised(rows, labels, 1e-9);

        for (double[] probe : List.of(new double[] {500, 0.3, 4}, new double[] {-2_000, -1, 4})) {
            assertThat(standardised.predict(probe)).isCloseTo(plain.predict(probe), within(1e-4));
        }
    }
}
