package ai.talent.nn.block;

import ai.djl.ndarray.NDArray;

/**
 * Where an array computed from a weight belongs. DJL puts the result of an operation in the manager of the array it
 * is called on, so {@code weight.transpose()} or {@code softPlus(weight)} in a forward pass lands in the manager that
 * owns the model's weights, which lives as long as the model: every call of a served model then leaves one more
 * native array behind (resident memory grows while the heap stays flat). Moving such an array into the manager of
 * the call's input frees it with the call's scratch manager; gradients are unaffected (the array keeps its history).
 */
public final class CallArrays {

    private CallArrays() {
    }

    /** {@code derived} moved into the manager of {@code input}, and returned for chaining. */
    public static NDArray ofCall(NDArray input, NDArray derived) {
        if (derived.getManager() != input.getManager()) {
            derived.attach(input.getManager());
        }
        return derived;
    }
}
