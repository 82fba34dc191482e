package ai.talent.nn.train;

import ai.djl.ndarray.NDArray;
import ai.djl.training.tracker.ParameterTracker;

/** Adagrad: per-coordinate steps {@code lr·g/(√Σg²+ε)}; weight decay is added to the gradient. */
final class AdagradOptimizer extends ScratchOptimizer {

    AdagradOptimizer(ParameterTracker learningRate, float weightDecay) {
        super(learningRate, weightDecay);
    }

    @Override
    void apply(Step s) {
        NDArray g = s.weightDecay() > 0 ? s.g().add(s.tmp(s.weight().mul(s.weightDecay()))) : s.g();
        s.second().addi(g.square());
        NDArray direction = g.div(s.tmp(s.second().sqrt()).add(EPSILON));
        s.weight().subi(direction.mul(s.lr()));
    }
}
