package ai.talent.nn.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/** Shape handling shared by the ranking losses. */
final class ListShapes {

    private ListShapes() {
    }

    /** Scores as {@code [lists, items]}: drops a trailing axis of 1 that a scoring head leaves. */
    static NDArray scores(NDArray predictions) {
        Shape shape = predictions.getShape();
        if (shape.dimension() == 3 && shape.get(2) == 1) {
            return predictions.squeeze(2);
        }
        if (shape.dimension() != 2) {
            throw new IllegalArgumentException(
                    "ranking losses need scores shaped [lists, items] or [lists, items, 1], got " + shape);
        }
        return predictions;
    }
}
