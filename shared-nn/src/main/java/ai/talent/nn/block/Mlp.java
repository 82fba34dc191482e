package ai.talent.nn.block;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A multi-layer perceptron built from an {@link MlpConfig}: each hidden layer is linear → norm →
 * activation → dropout, optionally with a residual shortcut, then an optional linear output layer.
 * Works on {@code [batch, features]} and on {@code [batch, time, features]} inputs.
 */
public final class Mlp extends AbstractBlock {

    private static final byte VERSION = 1;

    private final MlpConfig config;
    private final SequentialBlock layers;

    public Mlp(MlpConfig config) {
        super(VERSION);
        this.config = config;
        SequentialBlock seq = new SequentialBlock();
        int previous = -1;
        for (int width : config.hidden()) {
            SequentialBlock layer = hiddenLayer(width);
            if (config.residual() && previous > 0) {
                seq.add(new ResidualBlock(layer, previous == width ? 0 : width));
            } else {
                seq.add(layer);
            }
            previous = width;
        }
        if (config.outputs() > 0) {
            seq.add(Linear.builder().setUnits(config.outputs()).build());
        }
        this.layers = addChildBlock("layers", seq);
    }

    private SequentialBlock hiddenLayer(int width) {
        SequentialBlock layer = new SequentialBlock();
        layer.add(Linear.builder().setUnits(width).build());
        config.norm().block().ifPresent(layer::add);
        layer.add(config.activation().block());
        if (config.dropout() > 0) {
            layer.add(Dropout.builder().optRate(config.dropout()).build());
        }
        return layer;
    }

    public MlpConfig config() {
        return config;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        return layers.forward(store, inputs, training, params);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        layers.initialize(manager, dataType, inputShapes);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return layers.getOutputShapes(inputShapes);
    }
}
