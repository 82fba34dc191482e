package ai.talent.nn.block;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;

/**
 * Output heads that go on top of a body ({@link Mlp} with outputs 0, {@link SequenceModel}, an
 * encoder). Classification heads emit logits; pair them with the matching loss in
 * {@code ai.talent.nn.train} (which applies sigmoid/softmax itself, numerically stably).
 */
public final class Heads {

    /** Guards the L2 normalisation against an all-zero projection. */
    static final float NORM_EPSILON = 1e-12f;

    private Heads() {
    }

    /** One logit per example: {@code [..., 1]}; train with binary cross-entropy with logits. */
    public static Block binary() {
        return Linear.builder().setUnits(1).build();
    }

    /** {@code classes} logits per example; train with softmax cross-entropy. */
    public static Block multiClass(int classes) {
        requirePositive("classes", classes);
        return Linear.builder().setUnits(classes).build();
    }

    /** {@code outputs} real values per example; train with mean squared error. */
    public static Block regression(int outputs) {
        requirePositive("outputs", outputs);
        return Linear.builder().setUnits(outputs).build();
    }

    /**
     * Per-position logits: {@code [batch, time, hidden]} → {@code [batch, time, labels]} (e.g. BIO tags);
     * train with softmax cross-entropy, which skips positions labelled -1 (padding).
     */
    public static Block tokenClassification(int labels) {
        requirePositive("labels", labels);
        return Linear.builder().setUnits(labels).build();
    }

    /** A linear projection to {@code dimension} followed by L2 normalisation of the last axis. */
    public static Block embedding(int dimension) {
        requirePositive("dimension", dimension);
        SequentialBlock head = new SequentialBlock();
        head.add(Linear.builder().setUnits(dimension).build());
        head.add(new LambdaBlock(list -> new NDList(l2Normalize(list.singletonOrThrow())), "l2normalize"));
        return head;
    }

    /** Body followed by head, as one block. */
    public static SequentialBlock stack(Block body, Block head) {
        return new SequentialBlock().add(body).add(head);
    }

    /** Rows scaled to unit Euclidean length along the last axis. */
    public static NDArray l2Normalize(NDArray x) {
        NDArray norm = x.square().sum(new int[] {-1}, true).sqrt().maximum(NORM_EPSILON);
        return x.div(norm);
    }

    private static void requirePositive(String what, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be positive, got " + value);
        }
    }
}
