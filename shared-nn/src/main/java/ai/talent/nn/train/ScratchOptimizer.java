package ai.talent.nn.train;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.ParameterTracker;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Base for update rules written with plain NDArray arithmetic (DJL's PyTorch engine lacks fused
 * RMSprop and Adagrad kernels). Each update gets a scratch manager so temporaries are freed
 * at once; state buffers live with the weights.
 */
abstract class ScratchOptimizer extends Optimizer {

    static final float EPSILON = 1e-8f;

    private final ParameterTracker learningRate;
    private final Map<String, Map<Device, NDArray>> firstState = new ConcurrentHashMap<>();
    private final Map<String, Map<Device, NDArray>> secondState = new ConcurrentHashMap<>();

    ScratchOptimizer(ParameterTracker learningRate, float weightDecay) {
        super(new OptimizerBuilderBase().optWeightDecays(weightDecay));
        this.learningRate = learningRate;
    }

    @Override
    public final void update(String parameterId, NDArray weight, NDArray grad) {
        int t = updateCount(parameterId);
        float lr = learningRate.getNewValue(parameterId, t);
        NDArray first = withDefaultState(firstState, parameterId, weight.getDevice(), k -> weight.zerosLike());
        NDArray second = withDefaultState(secondState, parameterId, weight.getDevice(), k -> weight.zerosLike());
        try (NDManager scratch = weight.getManager().newSubManager()) {
            NDArray g = grad.mul(rescaleGrad);
            g.attach(scratch);
            apply(new Step(scratch, weight, g, first, second, lr, t, getWeightDecay()));
        }
    }

    /**
     * The update rule. Arithmetic must start from {@link Step#g} or a {@link Step#tmp} array so that
     * results land in the scratch manager; state and weight change only through in-place calls.
     */
    abstract void apply(Step s);

    /** Everything one update needs. */
    record Step(NDManager scratch, NDArray weight, NDArray g, NDArray first, NDArray second, float lr, int t,
            float weightDecay) {

        /** Moves an array created elsewhere into the scratch manager. */
        NDArray tmp(NDArray a) {
            a.attach(scratch);
            return a;
        }
    }
}
