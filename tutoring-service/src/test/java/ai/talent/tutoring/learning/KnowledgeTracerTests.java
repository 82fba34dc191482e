package ai.talent.tutoring.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class KnowledgeTracerTests {

    private final KnowledgeTracer tracer = new KnowledgeTracer(0.2, 0.15, 0.1, 0.2);

    @Test
    void aWrongAnswerFromThePriorFollowsBayesThenLearning() {
        double posterior = 0.2 * 0.1 / (0.2 * 0.1 + 0.8 * 0.8);
        assertThat(tracer.update(0.2, false)).isCloseTo(posterior + (1 - posterior) * 0.15, within(1e-12));
    }

    @Test
    void correctAnswersRaiseMasteryTowardsOneAndWrongOnesLowerIt() {
        double m = tracer.prior();
        for (int i = 0; i < 8; i++) {
            double next = tracer.update(m, true);
            assertThat(next).isGreaterThan(m);
            m = next;
        }
        assertThat(m).isGreaterThan(0.99);
        assertThat(tracer.update(m, false)).isLessThan(m);
    }

    @Test
    void rejectsParametersThatMakeAnswersMeaningless() {
        assertThatThrownBy(() -> new KnowledgeTracer(0.2, 0.1, 0.5, 0.5)).hasMessageContaining("slip + guess");
        assertThatThrownBy(() -> new KnowledgeTracer(1.2, 0.1, 0.1, 0.2)).hasMessageContaining("prior mastery");
    }
}
