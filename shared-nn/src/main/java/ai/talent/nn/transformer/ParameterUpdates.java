package ai.talent.nn.transformer;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import ai.djl.training.optimizer.Optimizer;
import java.util.Collection;

/**
 * One optimizer step over parameters after a backward pass, outside DJL's Trainer: frozen parameters are
 * skipped, and each gradient is zeroed after use because PyTorch accumulates gradients across backward
 * passes and DJL's GradientCollector does not clear them on its own.
 */
public final class ParameterUpdates {

    private ParameterUpdates() {
    }

    /** Applies the optimizer to every trainable parameter that received a gradient. */
    public static void step(Optimizer optimizer, Collection<Parameter> parameters) {
        for (Parameter p : parameters) {
            if (!p.requiresGradient()) {
                continue;
            }
            NDArray weight = p.getArray();
            if (!weight.hasGradient()) {
                continue;
            }
            try (NDArray grad = weight.getGradient()) {
                optimizer.update(p.getId(), weight, grad);
                grad.subi(grad);
            }
        }
    }
}
