package ai.talent.nn.kt;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import ai.talent.nn.engine.NnEngine;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A served tracer answers every attempt of every learner for as long as the service runs, so a call must leave
 * nothing behind in the manager that owns its weights: an array created from a weight (a transpose, a sum of two
 * biases, an activation of a parameter) belongs to the weight's manager unless moved, lives until the model is
 * closed, and grows the process' native memory by the size of that array on every attempt.
 */
class TracerMemoryTests {

    static final int CALLS = 40;

    @Test
    void observingAndPredictingWithDktLeavesNoArrayInTheWeightsManager() {
        assertCallsLeaveTheWeightsManagerAsItWas(KnowledgeTracerTests::dkt);
    }

    @Test
    void observingAndPredictingWithAktLeavesNoArrayInTheWeightsManager() {
        assertCallsLeaveTheWeightsManagerAsItWas(KnowledgeTracerTests::akt);
    }

    private static void assertCallsLeaveTheWeightsManagerAsItWas(Supplier<KtNetwork> factory) {
        NDManager manager = NnEngine.get().newBaseManager();
        KtNetwork network = factory.get();
        NnEngine.get().setRandomSeed(7);
        KtNetworks.initialize(network, manager);
        try (KnowledgeTracer tracer = new KnowledgeTracer(network, manager)) {
            KtSequence learner = KnowledgeTracerTests.LEARNERS.get(0);
            KtState state = tracer.start();
            // one call of each kind first: anything created once and kept (a cached layout) is not growth
            state = tracer.observe(state, learner.questions()[0], new int[] {learner.skills()[0]}, true);
            tracer.predict(state, learner.questions()[1], learner.skills()[1]);
            tracer.mastery(state);
            int before = manager.getManagedArrays().size();
            for (int i = 0; i < CALLS; i++) {
                int row = i % learner.length();
                int[] skill = {learner.skills()[row]};
                tracer.predict(state, learner.questions()[row], skill);
                state = tracer.observe(state, learner.questions()[row], skill, learner.correct()[row] == 1);
                tracer.mastery(state);
            }
            assertThat(manager.getManagedArrays().size())
                    .as("arrays owned by the weights' manager after %d more attempts of %s", CALLS, network.type())
                    .isEqualTo(before);
        }
    }
}
