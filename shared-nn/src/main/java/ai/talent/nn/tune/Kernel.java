package ai.talent.nn.tune;

/** Stationary covariance functions of scaled distance r for the Gaussian process. */
public enum Kernel {

    /** Matern with nu = 5/2: twice differentiable, the usual default for hyperparameter surfaces. */
    MATERN52 {
        @Override
        double correlation(double r) {
            double s = Math.sqrt(5) * r;
            return (1 + s + s * s / 3) * Math.exp(-s);
        }
    },
    /** Squared exponential: very smooth. */
    RBF {
        @Override
        double correlation(double r) {
            return Math.exp(-0.5 * r * r);
        }
    };

    abstract double correlation(double r);
}
