package ai.talent.nn.transformer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.PairList;

/** LayerNorm over the last axis with a learned scale ("weight") and shift ("bias"), as in BERT. */
public final class LayerNormalization extends AbstractBlock {

    private final int size;
    private final float eps;
    private final Parameter gamma;
    private final Parameter beta;

    public LayerNormalization(int size, float eps) {
        this.size = size;
        this.eps = eps;
        gamma = addParameter(Parameter.builder().setName("weight").setType(Parameter.Type.GAMMA)
                .optShape(new Shape(size)).optInitializer(Initializer.ONES).build());
        beta = addParameter(Parameter.builder().setName("bias").setType(Parameter.Type.BETA)
                .optShape(new Shape(size)).optInitializer(Initializer.ZEROS).build());
    }

    /** The scale parameter. */
    public Parameter gamma() {
        return gamma;
    }

    /** The shift parameter. */
    public Parameter beta() {
        return beta;
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        return x.getNDArrayInternal().layerNorm(x, new Shape(size), ps.getValue(gamma, x.getDevice(), training),
                ps.getValue(beta, x.getDevice(), training), eps);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }
}
