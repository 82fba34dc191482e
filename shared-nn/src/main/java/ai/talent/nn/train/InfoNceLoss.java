package ai.talent.nn.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.loss.Loss;

/**
 * Contrastive InfoNCE with in-batch negatives: predictions are {@code (left [B, D], right [B + H, D])} where row i
 * of each side is a matching pair, every other row of {@code right} is a negative for left row i, and the
 * {@code H ≥ 0} rows after the first B are extra (hard) negatives shared by the whole batch. Loss is the softmax
 * cross-entropy of the similarity matrix {@code left·rightᵀ / temperature} against the diagonal (optionally
 * symmetric: averaged with the right→left direction over the first B rows, where hard negatives take no part).
 *
 * <p>An optional third prediction {@code excluded [B, B + H]} (1 = exclude) removes candidates that are not true
 * negatives of a row — a duplicate of its positive, or another pair of the same group — from both directions;
 * the diagonal must stay 0. Labels are ignored.
 */
public final class InfoNceLoss extends Loss {

    public static final float DEFAULT_TEMPERATURE = 0.07f;
    /** Subtracted from an excluded logit: far below any cosine / temperature, so its softmax weight is 0. */
    private static final float EXCLUDED = 1e4f;

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
        long n = left.getShape().get(0);
        long candidates = right.getShape().get(0);
        if (candidates < n) {
            throw new IllegalArgumentException("InfoNCE needs at least as many right rows as left rows, got " + n
                    + " left and " + candidates + " right");
        }
        NDArray logits = left.dot(right.transpose()).div(temperature);
        if (predictions.size() > 2) {
            logits = logits.sub(predictions.get(2).toType(logits.getDataType(), false).mul(EXCLUDED));
        }
        NDManager m = logits.getManager();
        DataType type = logits.getDataType();
        NDArray eye = m.eye((int) n, (int) candidates, 0, type);
        NDArray rows = logits.logSoftmax(1).mul(eye).sum().neg().div(n);
        if (!symmetric) {
            return rows;
        }
        NDArray square = candidates == n ? logits : logits.get("0:" + n + ", 0:" + n);
        NDArray cols = square.logSoftmax(0).mul(m.eye((int) n, (int) n, 0, type)).sum().neg().div(n);
        return rows.add(cols).div(2f);
    }
}
