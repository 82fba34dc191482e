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

    /**
     * Members over-confident about their own centre, which sits at the base rate (logit 1, about 0.73): a
     * temperature alone pulls that centre towards one half and under-predicts successes; the offset puts it back.
     */
    @Test
    void anEnsembleOverconfidentAroundAFrequentOutcomeNeedsTheOffset() {
        Random r = new Random(11);
        int n = 10_000;
        double[] z = new double[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            z[i] = 1.0 + 1.2 * r.nextGaussian();
            y[i] = r.nextDouble() < TemperatureScaling.sigmoid(z[i]) ? 1 : 0;
        }
        double[][] members = new double[5][n];
        for (int m = 0; m < members.length; m++) {
            for (int i = 0; i < n; i++) {
                members[m][i] = 1.0 + 1.8 * (z[i] - 1.0) + 0.2 * r.nextGaussian();
            }
        }
        TemperatureScaling alone = TemperatureScaling.fitEnsemble(members, y);
        TemperatureScaling both = TemperatureScaling.fitEnsembleWithOffset(members, y);
        assertThat(both.temperature()).isCloseTo(1.8, within(0.15));
        assertThat(both.offset()).isCloseTo(1.0 - 1.0 / 1.8, within(0.1));
        assertThat(alone.offset()).isZero();

        double base = java.util.Arrays.stream(y).average().orElseThrow();
        double[] pAlone = alone.ensembleProbabilities(members);
        double[] pBoth = both.ensembleProbabilities(members);
        assertThat(java.util.Arrays.stream(pAlone).average().orElseThrow()).isLessThan(base - 0.015);
        assertThat(java.util.Arrays.stream(pBoth).average().orElseThrow()).isCloseTo(base, within(0.005));
        double eceAlone = Calibration.expectedCalibrationError(pAlone, y, Calibration.DEFAULT_BINS);
        double eceBoth = Calibration.expectedCalibrationError(pBoth, y, Calibration.DEFAULT_BINS);
        assertThat(eceBoth).isLessThan(0.012).isLessThan(eceAlone / 2);
        assertThat(BinaryMetrics.logLoss(pBoth, y)).isLessThan(BinaryMetrics.logLoss(pAlone, y));
        // one model's ranking cannot change; an ensemble's mean of sigmoids can reorder near-ties only
        assertThat(BinaryMetrics.rocAuc(pBoth, y)).isCloseTo(BinaryMetrics.rocAuc(pAlone, y), within(1e-4));
    }

    /**
     * The same members scaled about their base rate's logit: the temperature comes from the validation labels, the
     * offset from the centre; a validation window whose base rate drifted moves the fitted offset with it, and the
     * centred one not at all.
     */
    @Test
    void scalingAboutTheBaseRateKeepsTheCentreWhereAValidationWindowsDriftWouldMoveAnOffset() {
        Random r = new Random(13);
        int n = 6_000;
        double[][] members = new double[5][n];
        int[] y = new int[n];
        int[] drifted = new int[n];
        for (int i = 0; i < n; i++) {
            double z = 1.0 + 1.2 * r.nextGaussian();
            y[i] = r.nextDouble() < TemperatureScaling.sigmoid(z) ? 1 : 0;
            drifted[i] = r.nextDouble() < TemperatureScaling.sigmoid(z - 0.5) ? 1 : 0;
            for (double[] member : members) {
                member[i] = 1.0 + 1.8 * (z - 1.0) + 0.2 * r.nextGaussian();
            }
        }
        TemperatureScaling centred = TemperatureScaling.fitEnsembleAround(members, y, 1.0);
        assertThat(centred.temperature()).isCloseTo(1.8, within(0.15));
        assertThat(centred.offset()).isCloseTo(1.0 * (1 - 1 / centred.temperature()), within(1e-9));
        double base = java.util.Arrays.stream(y).average().orElseThrow();
        assertThat(java.util.Arrays.stream(centred.ensembleProbabilities(members)).average().orElseThrow())
                .isCloseTo(base, within(0.006));

        TemperatureScaling chasing = TemperatureScaling.fitEnsembleWithOffset(members, drifted);
        TemperatureScaling kept = TemperatureScaling.fitEnsembleAround(members, drifted, 1.0);
        assertThat(chasing.offset()).isLessThan(centred.offset() - 0.2);
        assertThat(kept.offset()).isGreaterThan(chasing.offset() + 0.15);
        assertThatThrownBy(() -> TemperatureScaling.fitEnsembleAround(members, y, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCalibratedModelKeepsTheOffsetNearZero() {
        Validation v = Validation.draw(10_000, 12);
        TemperatureScaling t = TemperatureScaling.fitEnsembleWithOffset(new double[][] {v.trueLogits()}, v.labels());
        assertThat(t.temperature()).isCloseTo(1.0, within(0.08));
        assertThat(t.offset()).isCloseTo(0.0, within(0.06));
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
        assertThatThrownBy(() -> new TemperatureScaling(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TemperatureScaling.fitEnsembleWithOffset(new double[][] {{1, 2}}, new int[] {0, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both classes");
    }
}
