package ai.talent.nn.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * Contrastive InfoNCE with in-batch negatives: predictions are {@code (left [B, D], right [B, D])}
 * where row i of each side is a matching pair and every other row is a negative. Loss is the softmax
 * cross-entropy of the similarity matrix {@code left·rightᵀ / temperature} against the diagonal
 * (optionally symmetric: averaged with the right→left direction). Labels are ignored.
 */
public final class InfoNceLoss extends Loss {

    public static final float DEFAULT_TEMPERATURE = 0.07f;

    private final float temperature;
    private final boolean symmetric;

    public InfoNceLoss(float temperature, boolean symmetric) {
        super("infonce");
        if (temperature <= 0) {
            throw new IllegalArgumentException("InfoNCE temperature must be positive, got " + temperature);
        }
        this.temperature = temperature;
        this.symmetric = symmetric;
    }

    public InfoNceLoss() {
        this(DEFAULT_TEMPERATURE, true);
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray left = predictions.get(0);
        NDArray right = predictions.get(1);
        NDArray logits = left.dot(right.transpose()).div(temperature);
        long n = logits.getShape().get(0);
        NDArray eye = logits.getManager().eye((int) n).toType(logits.getDataType(), false);
        NDArray rows = logits.logSoftmax(1).mul(eye).sum().neg().div(n);
        if (!symmetric) {
            return rows;
        }
        NDArray cols = logits.logSoftmax(0).mul(eye).sum().neg().div(n);
        return rows.add(cols).div(2f);
    }
}
