package ai.talent.nn.text;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

/**
 * In-batch contrastive loss (InfoNCE): each anchor's positive is the same row of the other side; every other
 * row is a negative. Symmetric (anchor→positive and positive→anchor), on unit vectors with a temperature.
 */
final class InfoNceLoss {

    private final float temperature;

    InfoNceLoss(float temperature) {
        this.temperature = temperature;
    }

    /** Mean loss for unit vectors {@code anchors [B, H]} and {@code positives [B, H]}. */
    NDArray compute(NDArray anchors, NDArray positives) {
        NDArray logits = anchors.matMul(positives.transpose()).div(temperature);
        int n = (int) anchors.getShape().get(0);
        NDArray target = anchors.getManager().eye(n).toType(DataType.FLOAT32, false);
        NDArray rows = logits.logSoftmax(1).mul(target).sum().div(n);
        NDArray cols = logits.logSoftmax(0).mul(target).sum().div(n);
        return rows.add(cols).div(-2f);
    }
}
