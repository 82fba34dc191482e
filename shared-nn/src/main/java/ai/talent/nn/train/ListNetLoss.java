package ai.talent.nn.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * Listwise ListNet (top-one) loss: cross-entropy between the softmax of the relevance labels and the
 * softmax of the scores within each list, averaged over lists. Shapes as in {@link RankNetLoss}.
 */
public final class ListNetLoss extends Loss {

    public ListNetLoss() {
        super("listnet");
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray s = ListShapes.scores(predictions.get(0));
        NDArray rel = labels.get(0).toType(s.getDataType(), false).reshape(s.getShape());
        NDArray target = rel.softmax(-1);
        return target.mul(s.logSoftmax(-1)).sum(new int[] {-1}).neg().mean();
    }
}
