package ai.talent.nn.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;

/**
 * An in-memory data set: model inputs and labels whose first axis indexes examples (or lists, for
 * ranking). The arrays belong to the caller's manager.
 */
public record TensorData(NDList inputs, NDList labels) {

    public TensorData {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("a data set needs at least one input array");
        }
        long n = inputs.get(0).getShape().get(0);
        for (NDArray a : inputs) {
            requireRows(a, n);
        }
        for (NDArray a : labels) {
            requireRows(a, n);
        }
    }

    public static TensorData of(NDArray input, NDArray label) {
        return new TensorData(new NDList(input), new NDList(label));
    }

    public int size() {
        return Math.toIntExact(inputs.get(0).getShape().get(0));
    }

    /** The rows at {@code indices}, as new arrays in {@code manager}. */
    public TensorData rows(NDManager manager, long[] indices) {
        NDArray idx = manager.create(indices);
        return new TensorData(take(inputs, idx, manager), take(labels, idx, manager));
    }

    private static NDList take(NDList arrays, NDArray idx, NDManager manager) {
        NDList out = new NDList(arrays.size());
        for (NDArray a : arrays) {
            NDArray rows = a.get(idx);
            rows.attach(manager);
            out.add(rows);
        }
        return out;
    }

    private static void requireRows(NDArray a, long n) {
        if (a.getShape().get(0) != n) {
            throw new IllegalArgumentException(
                    "all inputs and labels need the same number of rows: " + n + " vs " + a.getShape());
        }
    }
}
