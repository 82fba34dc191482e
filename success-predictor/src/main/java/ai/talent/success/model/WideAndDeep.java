package ai.talent.success.model;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import ai.talent.nn.block.Mlp;
import ai.talent.nn.block.MlpConfig;

/**
 * One ensemble member: shared-nn's {@link Mlp} plus a linear shortcut from the inputs to the logit
 * ("wide and deep"). With a few thousand labelled rows most of the signal is close to linear; the shortcut
 * carries it from the first step and leaves the hidden layers the interactions, so a member is never worse
 * off than logistic regression on the same inputs.
 */
public final class WideAndDeep extends AbstractBlock {

    private static final byte VERSION = 1;

    private final Linear wide;
    private final Mlp deep;

    public WideAndDeep(MlpConfig deepConfig) {
        super(VERSION);
        this.wide = addChildBlock("wide", Linear.builder().setUnits(1).build());
        this.deep = addChildBlock("deep", new Mlp(deepConfig));
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        return new NDList(wide.forward(store, inputs, training, params).singletonOrThrow()
                .add(deep.forward(store, inputs, training, params).singletonOrThrow()));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        wide.initialize(manager, dataType, inputShapes);
        deep.initialize(manager, dataType, inputShapes);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), 1)};
    }
}
