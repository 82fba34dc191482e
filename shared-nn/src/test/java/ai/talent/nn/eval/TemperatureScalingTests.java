package ai.talent.nn.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TemperatureScalingTests {

    /** Items whose labels are drawn from sigmoid(trueLogit), and logits a model reports as trueLogit × scale. */
    record Validation(double[] trueLogits, int[] labels) {

        static Validation draw(int n, long seed) {
            Random r = new Random(seed);
            double[] z = new double[n];
            int[] y = new int[n];
            for (int i = 0; i < n; i++) {
                z[i] = 1.5 * r.nextGaussian();
                y[i] = r.nextDouble() < TemperatureScaling.sigmoid(z[i]) ? 1 : 0;
            }
            return new Validation(z, y);
        }

        double[] reported(double scale, double noise, long seed) {
            Random r = new Random(seed);
            double[] out = new double[trueLogits.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = scale * trueLogits[i] + noise * r.nextGaussian();
            }
            return out;
        }
    }

    @Test
    void anOverconfidentModelIsSoftenedAndItsCalibrationErrorDrops() {
        Validation v = Validation.draw(20_000, 1);
        double[] logits = v.reported(3.0, 0, 0);
        TemperatureScaling t = TemperatureScaling.fit(logits, v.labels());
        assertThat(t.temperature()).isCloseTo(3.0, within(0.25));

        double before = Calibration.expectedCalibrationError(TemperatureScaling.identity().probabilities(logits),
                v.labels(), Calibration.DEFAULT_BINS);
        double after = Calibration.expectedCalibrationError(t.probabilities(logits), v.labels(),
                Calibration.DEFAULT_BINS);
        assertThat(before).isGreaterThan(0.08);
        assertThat(after).isLessThan(0.02).isLessThan(before / 4);
        assertThat(BinaryMetrics.logLoss(t.probabilities(logits), v.labels()))
                .isLessThan(BinaryMetrics.logLoss(TemperatureScaling.identity().probabilities(logits), v.labels()));
    }

    @Test
    void anUnderconfidentModelIsSharpened() {
        Validation v = Validation.draw(20_000, 2);
        double[] logits = v.reported(0.4, 0, 0);
        TemperatureScaling t = TemperatureScaling.fit(logits, v.labels());
        assertThat(t.temperature()).isCloseTo(0.4, within(0.05));
    }

    @Test
    void aCalibratedModelKeepsATemperatureNearOne() {
        Validation v = Validation.draw(20_000, 3);
        assertThat(TemperatureScaling.fit(v.trueLogits(), v.labels()).temperature()).isCloseTo(1.0, within(0.08));
    }

    @Test
    void scalingNeverChangesTheRanking() {
        Validation v = Validation.draw(2_000, 4);
        double[] logits = v.reported(2.5, 0.3, 7);
        TemperatureScaling t = TemperatureScaling.fit(logits, v.labels());
        assertThat(BinaryMetrics.rocAuc(t.probabilities(logits), v.labels()))
                .isEqualTo(BinaryMetrics.rocAuc(logits, v.labels()));
    }

    @Test
    void anOverconfidentEnsembleGetsOneTemperatureThatLowersItsCalibrationError() {
        Validation v = Validation.draw(10_000, 5);
        double[][] members = new double[5][];
        for (int m = 0; m < members.length; m++) {
            members[m] = v.reported(2.5, 0.4, 100 + m);
        }
        TemperatureScaling t = TemperatureScaling.fitEnsemble(members, v.labels());
        assertThat(t.temperature()).isGreaterThan(1.8);
        double before = Calibration.expectedCalibrationError(
                TemperatureScaling.identity().ensembleProbabilities(members), v.labels(), Calibration.DEFAULT_BINS);
        double after = Calibration.expectedCalibrationError(t.ensembleProbabilities(members), v.labels(),
                Calibration.DEFAULT_BINS);
        assertThat(after).isLessThan(0.02).isLessThan(before / 3);
    }

    @Test
    void refusesAValidationSplitWithOneClassOrBadLogits() {
        assertThatThrownBy(() -> TemperatureScaling.fit(new double[] {1, 2}, new int[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both classes");
        assertThatThrownBy(() -> TemperatureScaling.fit(new double[] {1, Double.NaN}, new int[] {0, 1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TemperatureScaling.fit(new double[] {1}, new int[] {0, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differ in length");
        assertThatThrownBy(() -> new TemperatureScaling(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
