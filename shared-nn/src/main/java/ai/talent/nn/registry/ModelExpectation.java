package ai.talent.nn.registry;

import java.util.Arrays;

/**
 * What a caller needs from a model before it will serve it. A null field is not checked; a
 * dimension of -1 matches any size.
 */
public record ModelExpectation(String modelType, long[] inputShape, long[] outputShape) {

    /** Throws {@link IncompatibleModelException} naming the first mismatch. */
    public void check(String where, ModelConfig config) {
        if (modelType != null && !modelType.equals(config.modelType())) {
            throw new IncompatibleModelException(where + ": modelType is '" + config.modelType() + "' but '"
                    + modelType + "' is expected");
        }
        checkShape(where, "inputShape", inputShape, config.inputShape());
        checkShape(where, "outputShape", outputShape, config.outputShape());
    }

    private static void checkShape(String where, String field, long[] expected, long[] actual) {
        if (expected == null) {
            return;
        }
        boolean ok = actual != null && actual.length == expected.length;
        for (int i = 0; ok && i < expected.length; i++) {
            ok = expected[i] == -1 || expected[i] == actual[i];
        }
        if (!ok) {
            throw new IncompatibleModelException(where + ": " + field + " is "
                    + (actual == null ? "missing" : Arrays.toString(actual)) + " but " + Arrays.toString(expected)
                    + " is expected");
        }
    }
}
