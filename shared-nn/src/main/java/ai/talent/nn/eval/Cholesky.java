package ai.talent.nn.eval;

/**
 * Cholesky factorisation of a symmetric positive definite matrix (a = L Lᵀ, L lower triangular) and the two
 * triangular solves, for the small dense systems of a Newton step or a Gaussian process.
 */
public final class Cholesky {

    /** The smallest pivot {@link #lowerRegularised} keeps. */
    static final double MIN_PIVOT = 1e-12;

    private Cholesky() {
    }

    /** L with L Lᵀ = a, or null when a is not positive definite (a pivot is not above zero). */
    public static double[][] lower(double[][] a) {
        return factor(a, false);
    }

    /**
     * L with L Lᵀ = a, a pivot below {@value #MIN_PIVOT} raised to it: a system that is singular only by rounding
     * still solves (a Newton step of a penalised fit).
     */
    public static double[][] lowerRegularised(double[][] a) {
        return factor(a, true);
    }

    /** x with a x = b, given l from {@link #lower} or {@link #lowerRegularised}. */
    public static double[] solve(double[][] l, double[] b) {
        return backSolve(l, forwardSolve(l, b));
    }

    /** y with L y = b. */
    public static double[] forwardSolve(double[][] l, double[] b) {
        int n = b.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= l[i][k] * y[k];
            }
            y[i] = sum / l[i][i];
        }
        return y;
    }

    /** x with Lᵀ x = y. */
    public static double[] backSolve(double[][] l, double[] y) {
        int n = y.length;
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = y[i];
            for (int k = i + 1; k < n; k++) {
                sum -= l[k][i] * x[k];
            }
            x[i] = sum / l[i][i];
        }
        return x;
    }

    private static double[][] factor(double[][] a, boolean regularise) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!regularise && sum <= 0) {
                        return null;
                    }
                    l[i][i] = Math.sqrt(regularise ? Math.max(sum, MIN_PIVOT) : sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        return l;
    }
}
