package ai.talent.success.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The ensemble's calibrated probability as one differentiable output: the mean over members of
 * {@code sigmoid(logit / T + offset)}, {@code [batch, features] → [batch, 1]}. Integrated gradients explain this
 * block, so the reasons are in probability points and add up to the prediction's distance from the baseline's.
 */
public final class CalibratedMeanBlock extends AbstractBlock {

    private static final byte VERSION = 1;

    private final EnsembleBlock ensemble;
    private final float temperature;
    private final float offset;

    public CalibratedMeanBlock(EnsembleBlock ensemble, double temperature, double offset) {
        super(VERSION);
        this.ensemble = addChildBlock("ensemble", ensemble);
        this.temperature = (float) temperature;
        this.offset = (float) offset;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray logits = ensemble.forward(store, inputs, training, params).singletonOrThrow();
        return new NDList(Activation.sigmoid(logits.div(temperature).add(offset)).mean(new int[] {1}, true));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        ensemble.initialize(manager, dataType, inputShapes);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), 1)};
    }
}
