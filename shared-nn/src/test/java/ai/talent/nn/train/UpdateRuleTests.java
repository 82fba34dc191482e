package ai.talent.nn.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.talent.nn.engine.NnEngine;
import org.junit.jupiter.api.Test;

class UpdateRuleTests {

    @Test
    void adamWFirstStepMovesByTheLearningRateAndDecaysTheWeight() {
        float w = twoSteps(new OptimizerConfig(OptimizerKind.ADAMW, 0.1f, 0f, 0.5f).build(Tracker.fixed(0.1f)), 1f);
        // step 1: m̂/√v̂ = 1, decay 0.5·2 → w = 2 − 0.1·(1 + 1) = 1.8; step 2 likewise from 1.8: 1.8 − 0.1·1.9
        assertThat(w).isCloseTo(1.61f, within(1e-4f));
    }

    @Test
    void nesterovLooksAheadThroughTheMomentumBuffer() {
        float w = twoSteps(new NesterovOptimizer(Tracker.fixed(0.1f), 0.5f, 0f), 1f);
        // b1 = 1, step 1 + 0.5 = 1.5; b2 = 1.5, step 1 + 0.75 = 1.75 → 2 − 0.15 − 0.175
        assertThat(w).isCloseTo(1.675f, within(1e-5f));
    }

    @Test
    void adagradStepsShrinkWithTheAccumulatedSquares() {
        float w = twoSteps(new AdagradOptimizer(Tracker.fixed(0.1f), 0f), 1f);
        assertThat(w).isCloseTo((float) (2 - 0.1 - 0.1 / Math.sqrt(2)), within(1e-5f));
    }

    @Test
    void rmspropNormalisesByTheRunningMeanSquare() {
        float w = twoSteps(new RmsPropOptimizer(Tracker.fixed(0.1f), 0f, 0f), 1f);
        double rho = 0.99;
        double v1 = 1 - rho;
        double v2 = rho * v1 + (1 - rho);
        assertThat(w).isCloseTo((float) (2 - 0.1 / Math.sqrt(v1) - 0.1 / Math.sqrt(v2)), within(1e-4f));
    }

    /** Starts at w = 2 and applies two updates with the same gradient. */
    private static float twoSteps(Optimizer optimizer, float gradient) {
        try (NDManager m = NnEngine.get().newBaseManager()) {
            NDArray weight = m.create(new float[] {2f});
            NDArray grad = m.create(new float[] {gradient});
            optimizer.update("w", weight, grad);
            optimizer.update("w", weight, m.create(new float[] {gradient}));
            return weight.getFloat(0);
        }
    }
}
