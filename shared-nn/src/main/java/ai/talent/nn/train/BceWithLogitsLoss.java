package ai.talent.nn.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * Binary cross-entropy on logits, mean over elements, in the overflow-free form
 * {@code max(z,0) − z·y + log(1 + exp(−|z|))}. Labels are 0/1 (or soft targets in [0, 1]).
 */
public final class BceWithLogitsLoss extends Loss {

    public BceWithLogitsLoss() {
        super("bce");
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray z = predictions.get(0);
        NDArray y = labels.get(0).toType(z.getDataType(), false).reshape(z.getShape());
        NDArray softplus = z.abs().neg().exp().add(1f).log();
        return z.maximum(0f).sub(z.mul(y)).add(softplus).mean();
    }
}
