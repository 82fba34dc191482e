package ai.talent.nn.block;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/** Computes {@code f(x) + shortcut(x)}, where the shortcut is the identity or a bias-free projection. */
public final class ResidualBlock extends AbstractBlock {

    private static final byte VERSION = 1;

    private final Block inner;
    private final Block projection;

    /**
     * @param inner the residual branch
     * @param projectTo 0 for an identity shortcut, else the output width of a linear projection
     */
    public ResidualBlock(Block inner, int projectTo) {
        super(VERSION);
        this.inner = addChildBlock("inner", inner);
        this.projection = projectTo > 0
                ? addChildBlock("projection", Linear.builder().setUnits(projectTo).optBias(false).build())
                : null;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDList out = inner.forward(store, inputs, training, params);
        NDList shortcut = projection == null ? inputs : projection.forward(store, inputs, training, params);
        return new NDList(out.singletonOrThrow().add(shortcut.singletonOrThrow()));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        inner.initialize(manager, dataType, inputShapes);
        if (projection != null) {
            projection.initialize(manager, dataType, inputShapes);
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return inner.getOutputShapes(inputShapes);
    }
}
