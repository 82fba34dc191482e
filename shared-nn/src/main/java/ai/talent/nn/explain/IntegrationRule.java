package ai.talent.nn.explain;

/** How the path integral of integrated gradients is approximated from m gradient evaluations. */
public enum IntegrationRule {
    /** Points k/m for k = 0..m−1. */
    LEFT_RIEMANN,
    /** Points k/m for k = 1..m. */
    RIGHT_RIEMANN,
    /** Points (k + ½)/m for k = 0..m−1; second-order accurate like the trapezoid. */
    MIDPOINT,
    /** Points k/m for k = 0..m with half weight at both ends (m + 1 gradient evaluations). */
    TRAPEZOID;

    /** Interpolation coefficients along the path from baseline (0) to input (1). */
    double[] alphas(int m) {
        return switch (this) {
            case LEFT_RIEMANN -> fill(m, k -> (double) k / m);
            case RIGHT_RIEMANN -> fill(m, k -> (double) (k + 1) / m);
            case MIDPOINT -> fill(m, k -> (k + 0.5) / m);
            case TRAPEZOID -> fill(m + 1, k -> (double) k / m);
        };
    }

    /** Quadrature weights matching {@link #alphas}; they sum to 1. */
    double[] weights(int m) {
        if (this == TRAPEZOID) {
            double[] w = fill(m + 1, k -> 1.0 / m);
            w[0] /= 2;
            w[m] /= 2;
            return w;
        }
        return fill(m, k -> 1.0 / m);
    }

    private static double[] fill(int n, java.util.function.IntToDoubleFunction f) {
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            out[k] = f.applyAsDouble(k);
        }
        return out;
    }
}
