package ai.talent.nn.train;

import ai.djl.ndarray.NDList;
import java.util.function.ToDoubleBiFunction;

/** A score computed on validation predictions, used for early stopping and best-weights selection. */
public interface ValidationMetric {

    String name();

    boolean higherIsBetter();

    /** @param predictions the model's outputs on the whole validation set (eval mode) */
    double compute(NDList predictions, NDList labels);

    /** Convenience for lambdas. */
    static ValidationMetric of(String name, boolean higherIsBetter, ToDoubleBiFunction<NDList, NDList> f) {
        return new ValidationMetric() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean higherIsBetter() {
                return higherIsBetter;
            }

            @Override
            public double compute(NDList predictions, NDList labels) {
                return f.applyAsDouble(predictions, labels);
            }
        };
    }
}
