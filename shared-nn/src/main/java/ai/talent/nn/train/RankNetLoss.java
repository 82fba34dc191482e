package ai.talent.nn.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * Pairwise RankNet loss over lists: predictions are scores {@code [lists, items]} (a trailing axis of
 * 1 is accepted), labels are graded relevance of the same shape. For every pair in a list with
 * {@code rel_i > rel_j} the loss is {@code log(1 + exp(−(s_i − s_j)))}, averaged over such pairs.
 */
public final class RankNetLoss extends Loss {

    public RankNetLoss() {
        super("ranknet");
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray s = ListShapes.scores(predictions.get(0));
        NDArray rel = labels.get(0).toType(s.getDataType(), false).reshape(s.getShape());
        NDArray diff = s.expandDims(2).sub(s.expandDims(1));
        NDArray better = rel.expandDims(2).gt(rel.expandDims(1)).toType(s.getDataType(), false);
        // softplus(−diff), written so that neither branch overflows
        NDArray pairLoss = diff.neg().maximum(0f).add(diff.abs().neg().exp().add(1f).log());
        return pairLoss.mul(better).sum().div(better.sum().maximum(1f));
    }
}
