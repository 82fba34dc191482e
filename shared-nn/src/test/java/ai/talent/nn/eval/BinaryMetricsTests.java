package ai.talent.nn.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BinaryMetricsTests {

    @Test
    void rocAucMatchesHandCountedPairs() {
        // pairs (pos, neg): 0.35>0.1, 0.35<0.4, 0.8>0.1, 0.8>0.4 -> 3 of 4
        assertThat(BinaryMetrics.rocAuc(new double[] {0.1, 0.4, 0.35, 0.8}, new int[] {0, 0, 1, 1}))
                .isCloseTo(0.75, within(1e-12));
    }

    @Test
    void rocAucCountsTiesAsHalf() {
        assertThat(BinaryMetrics.rocAuc(new double[] {0.5, 0.5, 0.5, 0.5}, new int[] {0, 1, 0, 1}))
                .isCloseTo(0.5, within(1e-12));
        // pos 0.5 beats neg 0.2, ties neg 0.5 (0.5); pos 0.9 beats both -> 3.5 / 4
        assertThat(BinaryMetrics.rocAuc(new double[] {0.2, 0.5, 0.5, 0.9}, new int[] {0, 0, 1, 1}))
                .isCloseTo(0.875, within(1e-12));
    }

    @Test
    void rocAucRefusesASingleClass() {
        assertThatThrownBy(() -> BinaryMetrics.rocAuc(new double[] {0.1, 0.2}, new int[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both classes");
    }

    @Test
    void averagePrecisionMatchesHandComputedValue() {
        // ranking 0.8(+) 0.4(-) 0.35(+) 0.1(-): (1/1 + 2/3) / 2
        assertThat(BinaryMetrics.averagePrecision(new double[] {0.1, 0.4, 0.35, 0.8}, new int[] {0, 0, 1, 1}))
                .isCloseTo(5.0 / 6, within(1e-12));
        // a tied group is one threshold: precision 1/2 at recall 1
        assertThat(BinaryMetrics.averagePrecision(new double[] {0.5, 0.5}, new int[] {1, 0}))
                .isCloseTo(0.5, within(1e-12));
    }

    @Test
    void logLossAndBrierMatchHandComputedValues() {
        double[] p = {0.9, 0.2};
        int[] y = {1, 0};
        assertThat(BinaryMetrics.logLoss(p, y)).isCloseTo((Math.log(1 / 0.9) + Math.log(1 / 0.8)) / 2, within(1e-12));
        assertThat(BinaryMetrics.brier(p, y)).isCloseTo(0.025, within(1e-12));
        assertThat(BinaryMetrics.logLoss(new double[] {0.0}, new int[] {1})).isFinite().isGreaterThan(30);
    }

    @Test
    void eceIsTheCountWeightedGapPerBin() {
        double[] p = {0.1, 0.15, 0.8, 0.9};
        int[] y = {0, 1, 1, 1};
        // bin [0,0.5): mean 0.125, observed 0.5; bin [0.5,1]: mean 0.85, observed 1
        assertThat(Calibration.expectedCalibrationError(p, y, 2)).isCloseTo(0.5 * 0.375 + 0.5 * 0.15, within(1e-12));
        assertThat(Calibration.bins(p, y, 2).get(1).fractionPositive()).isEqualTo(1.0);
        assertThat(Calibration.expectedCalibrationError(new double[] {0.0, 1.0}, new int[] {0, 1}, 10)).isZero();
    }

    @Test
    void writesAReliabilityDiagramPng(@TempDir Path dir) throws Exception {
        double[] p = {0.1, 0.15, 0.35, 0.6, 0.8, 0.9};
        int[] y = {0, 1, 0, 1, 1, 1};
        Path png = ReliabilityDiagram.write(Calibration.bins(p, y, 5), "test", dir.resolve("plots/rel.png"));
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes.length).isGreaterThan(1000);
        assertThat(new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }
}
