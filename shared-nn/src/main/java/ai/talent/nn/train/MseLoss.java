package ai.talent.nn.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/** Mean squared error, {@code mean((prediction − label)²)} (no ½ factor, unlike DJL's L2Loss). */
public final class MseLoss extends Loss {

    public MseLoss() {
        super("mse");
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray p = predictions.get(0);
        NDArray y = labels.get(0).toType(p.getDataType(), false).reshape(p.getShape());
        return p.sub(y).square().mean();
    }
}
