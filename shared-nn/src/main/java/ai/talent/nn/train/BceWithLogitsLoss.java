package ai.talent.nn.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * Binary cross-entropy on logits in the overflow-free form {@code max(z,0) − z·y + log(1 + exp(−|z|))},
 * averaged over labelled elements. Labels are 0/1 (or soft targets in [0, 1]); a negative label
 * (e.g. {@value #IGNORE} for the padding after a short learner history) contributes nothing.
 */
public final class BceWithLogitsLoss extends Loss {

    /** Label value for positions that carry no target. */
    public static final float IGNORE = -1f;

    public BceWithLogitsLoss() {
        super("bce");
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray z = predictions.get(0);
        NDArray y = labels.get(0).toType(z.getDataType(), false).reshape(z.getShape());
        NDArray mask = y.gte(0f).toType(z.getDataType(), false);
        NDArray softplus = z.abs().neg().exp().add(1f).log();
        NDArray perElement = z.maximum(0f).sub(z.mul(y.mul(mask))).add(softplus).mul(mask);
        return perElement.sum().div(mask.sum().maximum(1f));
    }
}
