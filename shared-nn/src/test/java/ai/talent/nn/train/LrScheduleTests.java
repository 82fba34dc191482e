package ai.talent.nn.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LrScheduleTests {

    @Test
    void warmupCosineRisesLinearlyThenFollowsHalfACosineToTheFloor() {
        LrSchedule s = LrSchedule.warmupCosine(1.0f, 10, 110, 0.1f);
        assertThat(s.getNewValue(1)).isCloseTo(0.1f, within(1e-6f));
        assertThat(s.getNewValue(5)).isCloseTo(0.5f, within(1e-6f));
        assertThat(s.getNewValue(10)).isCloseTo(1.0f, within(1e-6f));
        assertThat(s.getNewValue(60)).isCloseTo(0.55f, within(1e-6f));
        assertThat(s.getNewValue(35)).isCloseTo((float) (0.1 + 0.9 * 0.5 * (1 + Math.cos(Math.PI / 4))), within(1e-6f));
        assertThat(s.getNewValue(110)).isCloseTo(0.1f, within(1e-6f));
        assertThat(s.getNewValue(1000)).isCloseTo(0.1f, within(1e-6f));
        for (int n = 11; n < 110; n++) {
            assertThat(s.getNewValue(n + 1)).isLessThanOrEqualTo(s.getNewValue(n));
        }
    }

    @Test
    void warmupLinearDecaysInAStraightLine() {
        LrSchedule s = LrSchedule.warmupLinear(2.0f, 4, 104, 0f);
        assertThat(s.getNewValue(2)).isCloseTo(1.0f, within(1e-6f));
        assertThat(s.getNewValue(54)).isCloseTo(1.0f, within(1e-6f));
        assertThat(s.getNewValue(79)).isCloseTo(0.5f, within(1e-6f));
        assertThat(s.getNewValue(104)).isCloseTo(0f, within(1e-6f));
    }

    @Test
    void stepScheduleMultipliesByGammaEveryStepSizeUpdates() {
        LrSchedule s = LrSchedule.step(1.0f, 10, 0.5f);
        assertThat(s.getNewValue(1)).isEqualTo(1.0f);
        assertThat(s.getNewValue(10)).isEqualTo(1.0f);
        assertThat(s.getNewValue(11)).isEqualTo(0.5f);
        assertThat(s.getNewValue(25)).isEqualTo(0.25f);
    }

    @Test
    void rejectsAWarmupLongerThanTheRun() {
        assertThatThrownBy(() -> LrSchedule.warmupCosine(1f, 100, 50, 0f))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("warmup");
    }
}
