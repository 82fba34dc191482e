package ai.talent.nn.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import ai.djl.util.PairList;

/**
 * Gradient housekeeping between backward and step: clipping by the global L2 norm (as
 * torch.nn.utils.clip_grad_norm_) and resetting.
 */
public final class GradientClipping {

    private GradientClipping() {
    }

    /**
     * Scales every gradient by {@code maxNorm / norm} when the global norm exceeds {@code maxNorm}.
     *
     * @param maxNorm 0 or less only measures
     * @param scratch manager that owns the temporaries
     * @return the global norm before clipping
     */
    public static double clipGlobalNorm(PairList<String, Parameter> parameters, double maxNorm, NDManager scratch) {
        NDArray total = null;
        for (Pair<String, Parameter> p : parameters) {
            NDArray grad = gradientOf(p.getValue(), scratch);
            if (grad != null) {
                NDArray sq = grad.square().sum();
                total = total == null ? sq : total.add(sq);
            }
        }
        // one synchronisation for the whole model rather than one per parameter
        double sumSquares = total == null ? 0 : total.getFloat();
        double norm = Math.sqrt(sumSquares);
        if (maxNorm > 0 && norm > maxNorm) {
            float scale = (float) (maxNorm / (norm + 1e-6));
            for (Pair<String, Parameter> p : parameters) {
                NDArray grad = gradientOf(p.getValue(), scratch);
                if (grad != null) {
                    grad.muli(scale);
                }
            }
        }
        return norm;
    }

    /**
     * Resets the gradients of these parameters. PyTorch accumulates into them on every backward pass;
     * DJL hands optimisers a copy and only its fused kernels reset the original, so the rules written
     * here would otherwise see the sum of all past gradients.
     */
    public static void zeroGradients(PairList<String, Parameter> parameters, NDManager scratch) {
        for (Pair<String, Parameter> p : parameters) {
            NDArray grad = gradientOf(p.getValue(), scratch);
            if (grad != null) {
                grad.subi(grad);
            }
        }
    }

    /**
     * The parameter's gradient, or null. Each call makes a new native handle to the same tensor, so the
     * handle is attached to {@code scratch}; closing it leaves the parameter's gradient intact.
     */
    static NDArray gradientOf(Parameter parameter, NDManager scratch) {
        if (!parameter.requiresGradient() || !parameter.isInitialized()) {
            return null;
        }
        NDArray array = parameter.getArray();
        if (!array.hasGradient()) {
            return null;
        }
        NDArray grad = array.getGradient();
        grad.attach(scratch);
        return grad;
    }
}
