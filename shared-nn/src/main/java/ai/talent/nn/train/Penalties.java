package ai.talent.nn.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import ai.djl.util.PairList;

/** L1 and L2 penalties on weight tensors, added to the loss inside the gradient collector. */
final class Penalties {

    private Penalties() {
    }

    /** {@code l1·Σ|w| + l2·Σw²} over WEIGHT parameters, or null when both weights are 0. */
    static NDArray of(PairList<String, Parameter> parameters, float l1, float l2, NDManager scratch) {
        if (l1 == 0 && l2 == 0) {
            return null;
        }
        NDArray total = null;
        for (Pair<String, Parameter> p : parameters) {
            Parameter param = p.getValue();
            if (param.getType() != Parameter.Type.WEIGHT || !param.requiresGradient()) {
                continue;
            }
            NDArray w = param.getArray();
            if (l1 > 0) {
                total = accumulate(total, scratch, w.abs(), l1);
            }
            if (l2 > 0) {
                total = accumulate(total, scratch, w.square(), l2);
            }
        }
        return total;
    }

    private static NDArray accumulate(NDArray total, NDManager scratch, NDArray elementwise, float weight) {
        elementwise.attach(scratch);
        NDArray term = elementwise.sum().mul(weight);
        term.attach(scratch);
        return total == null ? term : total.add(term);
    }
}
