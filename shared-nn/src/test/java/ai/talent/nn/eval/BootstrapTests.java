package ai.talent.nn.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class BootstrapTests {

    @Test
    void constantItemsHaveNoSpread() {
        Bootstrap b = Bootstrap.meanAndSpread(new double[] {0.5, 0.5, 0.5, 0.5}, 200, 1);
        assertThat(b.mean()).isEqualTo(0.5);
        assertThat(b.std()).isZero();
        assertThat(b.low()).isEqualTo(0.5);
        assertThat(b.high()).isEqualTo(0.5);
        assertThat(b.n()).isEqualTo(4);
        assertThat(b.resamples()).isEqualTo(200);
    }

    @Test
    void twoItemsGiveTheHandComputedResamplingDistribution() {
        // Resampling {0, 1} twice gives means 0, 0.5, 1 with probabilities 1/4, 1/2, 1/4:
        // std = sqrt(0.125) ≈ 0.3536 and the 95% interval spans both ends.
        Bootstrap b = Bootstrap.meanAndSpread(new double[] {0, 1}, 20_000, 7);
        assertThat(b.mean()).isEqualTo(0.5);
        assertThat(b.std()).isCloseTo(Math.sqrt(0.125), offset(0.01));
        assertThat(b.low()).isZero();
        assertThat(b.high()).isEqualTo(1.0);
    }

    @Test
    void spreadOfAHitRateShrinksLikeTheStandardError() {
        double[] hits = new double[400];
        for (int i = 0; i < hits.length; i += 2) {
            hits[i] = 1;
        }
        Bootstrap b = Bootstrap.meanAndSpread(hits, 2_000, 3);
        // Standard error of a proportion 0.5 over 400 items: sqrt(0.25 / 400) = 0.025.
        assertThat(b.std()).isCloseTo(0.025, offset(0.003));
        assertThat(b.low()).isBetween(0.44, 0.47);
        assertThat(b.high()).isBetween(0.53, 0.56);
        assertThat(b.low()).isLessThan(b.mean());
        assertThat(b.high()).isGreaterThan(b.mean());
    }

    @Test
    void sameSeedGivesTheSameInterval() {
        double[] values = {0.1, 1, 0.5, 0, 0.25, 1, 0.2};
        assertThat(Bootstrap.meanAndSpread(values, 500, 11)).isEqualTo(Bootstrap.meanAndSpread(values, 500, 11));
    }

    @Test
    void rejectsEmptyInputAndTooFewResamples() {
        assertThatThrownBy(() -> Bootstrap.meanAndSpread(new double[0], 100, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no per-item values");
        assertThatThrownBy(() -> Bootstrap.meanAndSpread(new double[] {1}, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resamples");
    }
}
