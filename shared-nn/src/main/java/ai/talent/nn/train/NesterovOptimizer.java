package ai.talent.nn.train;

import ai.djl.training.tracker.ParameterTracker;

/**
 * SGD with Nesterov momentum in PyTorch's form: {@code b = μb + g; w −= lr·(g + μb)}. Written here
 * because DJL's {@code Nag} has no PyTorch kernel.
 */
final class NesterovOptimizer extends ScratchOptimizer {

    private final float momentum;

    NesterovOptimizer(ParameterTracker learningRate, float momentum, float weightDecay) {
        super(learningRate, weightDecay);
        this.momentum = momentum;
    }

    @Override
    void apply(Step s) {
        var g = s.weightDecay() > 0 ? s.g().add(s.tmp(s.weight().mul(s.weightDecay()))) : s.g();
        s.first().muli(momentum).addi(g);
        var step = g.add(s.tmp(s.first().mul(momentum)));
        s.weight().subi(step.mul(s.lr()));
    }
}
