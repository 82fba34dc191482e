package ai.talent.nn.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import ai.djl.util.PairList;

/** Clipping of all gradients together by their global L2 norm (as torch.nn.utils.clip_grad_norm_). */
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
        double sumSquares = 0;
        for (Pair<String, Parameter> p : parameters) {
            NDArray grad = gradientOf(p.getValue());
            if (grad != null) {
                NDArray sq = grad.square().sum();
                sq.attach(scratch);
                sumSquares += sq.getFloat();
            }
        }
        double norm = Math.sqrt(sumSquares);
        if (maxNorm > 0 && norm > maxNorm) {
            float scale = (float) (maxNorm / (norm + 1e-6));
            for (Pair<String, Parameter> p : parameters) {
                NDArray grad = gradientOf(p.getValue());
                if (grad != null) {
                    grad.muli(scale);
                }
            }
        }
        return norm;
    }

    static NDArray gradientOf(Parameter parameter) {
        if (!parameter.requiresGradient() || !parameter.isInitialized()) {
            return null;
        }
        NDArray array = parameter.getArray();
        return array.hasGradient() ? array.getGradient() : null;
    }
}
