package ai.talent.nn.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import ai.djl.util.PairList;
import java.util.HashMap;
import java.util.Map;

/** A copy of every parameter (including BatchNorm running statistics) that can be written back in place. */
final class WeightSnapshot implements AutoCloseable {

    private final NDManager manager;
    private final Map<String, NDArray> copies = new HashMap<>();

    WeightSnapshot(NDManager parent) {
        this.manager = parent.newSubManager();
    }

    void capture(PairList<String, Parameter> parameters) {
        for (Pair<String, Parameter> p : parameters) {
            if (!p.getValue().isInitialized()) {
                continue;
            }
            NDArray copy = p.getValue().getArray().duplicate();
            copy.attach(manager);
            NDArray old = copies.put(p.getKey(), copy);
            if (old != null) {
                old.close();
            }
        }
    }

    boolean isEmpty() {
        return copies.isEmpty();
    }

    /** Overwrites the live parameter arrays in place, so optimisers and predictors keep their references. */
    void restoreInto(PairList<String, Parameter> parameters) {
        for (Pair<String, Parameter> p : parameters) {
            NDArray copy = copies.get(p.getKey());
            if (copy != null) {
                p.getValue().getArray().set(new NDIndex("..."), copy);
            }
        }
    }

    @Override
    public void close() {
        manager.close();
    }
}
