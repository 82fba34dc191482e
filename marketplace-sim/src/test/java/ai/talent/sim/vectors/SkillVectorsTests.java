package ai.talent.sim.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SkillVectorsTests {

    private final SkillVectors vectors = new SkillVectors(384, 7);

    @Test
    void queriesSharingSkillsLieCloserThanQueriesSharingNoneAndNoTwoCoincide() {
        float[] a = vectors.query(Map.of("java", 3.0, "kafka", 3.0), 0);
        float[] b = vectors.query(Map.of("java", 3.0, "kafka", 3.0), 1);
        float[] c = vectors.query(Map.of("figma", 3.0, "photoshop", 3.0), 2);

        assertThat(dot(a, a)).isCloseTo(1.0, within(1e-5));
        assertThat(dot(a, b)).isGreaterThan(0.5).isLessThan(0.999);
        assertThat(Math.abs(dot(a, c))).isLessThan(0.3);
    }

    @Test
    void theSameSeedGivesTheSameVectors() {
        assertThat(new SkillVectors(384, 7).query(Map.of("java", 2.0), 5))
                .containsExactly(vectors.query(Map.of("java", 2.0), 5));
        assertThat(new SkillVectors(384, 8).query(Map.of("java", 2.0), 5))
                .isNotEqualTo(vectors.query(Map.of("java", 2.0), 5));
    }

    private static double dot(float[] x, float[] y) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += x[i] * y[i];
        }
        return sum;
    }
}
