package ai.talent.nn.train;

import ai.djl.training.optimizer.Optimizer;

/** DJL's optimiser builder for the update rules written here (rescale, weight decay, first update). */
final class OptimizerBuilderBase extends Optimizer.OptimizerBuilder<OptimizerBuilderBase> {

    @Override
    protected OptimizerBuilderBase self() {
        return this;
    }
}
