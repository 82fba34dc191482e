package ai.talent.nn.explain;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Block;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.train.GradientLock;

/**
 * Integrated gradients (Sundararajan et al., 2017) for a block over flat feature vectors
 * {@code [batch, features] → [batch, outputs]}: the gradient of one output averaged along the straight
 * path from a baseline to the input, times {@code input − baseline}. Used for "reasons" of the
 * success model. Thread-safe: gradient recording goes through {@link GradientLock}.
 */
public final class IntegratedGradients {

    public static final int DEFAULT_STEPS = 64;
    public static final IntegrationRule DEFAULT_RULE = IntegrationRule.TRAPEZOID;

    private final Block block;
    private final int steps;
    private final IntegrationRule rule;

    public IntegratedGradients(Block block, int steps, IntegrationRule rule) {
        if (steps < 1) {
            throw new IllegalArgumentException("integrated gradients needs at least 1 step, got " + steps);
        }
        this.block = block;
        this.steps = steps;
        this.rule = rule;
    }

    public IntegratedGradients(Block block) {
        this(block, DEFAULT_STEPS, DEFAULT_RULE);
    }

    /**
     * @param input the example to explain
     * @param baseline the reference input (all zeros, feature means, ...), same length
     * @param outputIndex which output column to explain (0 for a binary or scalar head)
     */
    public Attribution explain(NDManager parent, float[] input, float[] baseline, int outputIndex) {
        if (input.length != baseline.length) {
            throw new IllegalArgumentException(
                    "input and baseline lengths differ: " + input.length + " vs " + baseline.length);
        }
        NnEngine.configureCurrentThread();
        double[] alphas = rule.alphas(steps);
        double[] weights = rule.weights(steps);
        try (NDManager manager = parent.newSubManager()) {
            NDArray x = manager.create(input).expandDims(0);
            NDArray b = manager.create(baseline).expandDims(0);
            NDArray diff = x.sub(b);
            float[] alphaValues = new float[alphas.length];
            float[] weightValues = new float[weights.length];
            for (int i = 0; i < alphas.length; i++) {
                alphaValues[i] = (float) alphas[i];
                weightValues[i] = (float) weights[i];
            }
            NDArray path = b.add(manager.create(alphaValues).expandDims(1).mul(diff));
            ParameterStore store = new ParameterStore(manager, false);
            NDArray gradients = GradientLock.with(() -> {
                try (GradientCollector collector = NnEngine.get().newGradientCollector()) {
                    path.setRequiresGradient(true);
                    NDArray out = column(block.forward(store, new NDList(path), false).singletonOrThrow(), outputIndex);
                    collector.backward(out.sum());
                    return path.getGradient().duplicate();
                }
            });
            NDArray averaged = gradients.mul(manager.create(weightValues).expandDims(1)).sum(new int[] {0});
            float[] values = averaged.mul(diff.squeeze(0)).toFloatArray();
            NDArray ends = column(block.forward(store, new NDList(x.concat(b)), false).singletonOrThrow(), outputIndex);
            float[] f = ends.toFloatArray();
            return new Attribution(values, f[0], f[1]);
        }
    }

    private static NDArray column(NDArray out, int index) {
        if (out.getShape().dimension() == 1) {
            return out;
        }
        return out.get(new NDIndex(":, {}", index));
    }
}
