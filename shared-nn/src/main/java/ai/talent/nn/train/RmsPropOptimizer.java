package ai.talent.nn.train;

import ai.djl.ndarray.NDArray;
import ai.djl.training.tracker.ParameterTracker;

/**
 * RMSprop as in PyTorch ({@code torch.optim.RMSprop}, ρ = 0.99 by default there too): {@code v = ρv + (1−ρ)g²}, step {@code g/(√v+ε)}, optionally through a
 * momentum buffer; weight decay is added to the gradient (L2 style).
 */
final class RmsPropOptimizer extends ScratchOptimizer {

    static final float RHO = 0.99f;

    private final float momentum;

    RmsPropOptimizer(ParameterTracker learningRate, float momentum, float weightDecay) {
        super(learningRate, weightDecay);
        this.momentum = momentum;
    }

    @Override
    void apply(Step s) {
        NDArray g = s.weightDecay() > 0 ? s.g().add(s.tmp(s.weight().mul(s.weightDecay()))) : s.g();
        s.second().muli(RHO).addi(g.square().mul(1 - RHO));
        NDArray direction = g.div(s.tmp(s.second().sqrt()).add(EPSILON));
        if (momentum > 0) {
            s.first().muli(momentum).addi(direction);
            s.weight().subi(s.tmp(s.first().mul(s.lr())));
        } else {
            s.weight().subi(direction.mul(s.lr()));
        }
    }
}
