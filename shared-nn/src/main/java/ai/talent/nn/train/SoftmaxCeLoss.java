package ai.talent.nn.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.loss.Loss;

/**
 * Softmax cross-entropy on logits {@code [..., classes]} against integer labels {@code [...]}, averaged
 * over labelled positions. A label of {@value #IGNORE} (padding in token classification) contributes
 * nothing.
 */
public final class SoftmaxCeLoss extends Loss {

    /** Label value for positions that carry no target. */
    public static final int IGNORE = -1;

    public SoftmaxCeLoss() {
        super("softmax_ce");
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray logits = predictions.get(0);
        Shape shape = logits.getShape();
        long classes = shape.get(shape.dimension() - 1);
        NDArray y = labels.get(0).toType(DataType.INT64, false).reshape(shape.slice(0, shape.dimension() - 1));
        NDArray mask = y.gte(0).toType(logits.getDataType(), false);
        NDArray safe = y.mul(y.gte(0).toType(DataType.INT64, false));
        NDArray oneHot = safe.oneHot((int) classes).toType(logits.getDataType(), false);
        NDArray nll = logits.logSoftmax(-1).mul(oneHot).sum(new int[] {-1}).neg().mul(mask);
        return nll.sum().div(mask.sum().maximum(1f));
    }
}
