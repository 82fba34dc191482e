package ai.talent.nn.train;

import ai.djl.ndarray.NDArray;
import ai.djl.training.tracker.ParameterTracker;

/** Adam with decoupled weight decay (Loshchilov and Hutter): {@code w −= lr·(m̂/(√v̂+ε) + λ·w)}. */
final class AdamWOptimizer extends ScratchOptimizer {

    static final float BETA1 = 0.9f;
    static final float BETA2 = 0.999f;

    AdamWOptimizer(ParameterTracker learningRate, float weightDecay) {
        super(learningRate, weightDecay);
    }

    @Override
    void apply(Step s) {
        s.first().muli(BETA1).addi(s.g().mul(1 - BETA1));
        s.second().muli(BETA2).addi(s.g().square().mul(1 - BETA2));
        float c1 = (float) (1 - Math.pow(BETA1, s.t()));
        float c2 = (float) (1 - Math.pow(BETA2, s.t()));
        NDArray denominator = s.tmp(s.second().div(c2)).sqrt().add(EPSILON);
        NDArray direction = s.tmp(s.first().div(c1)).div(denominator);
        if (s.weightDecay() > 0) {
            direction = direction.add(s.tmp(s.weight().mul(s.weightDecay())));
        }
        s.weight().subi(direction.mul(s.lr()));
    }
}
