package ai.talent.nn.tune;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Bayesian optimisation: after a few random points, fit a Gaussian process to the losses so far and
 * evaluate the point with the highest expected improvement, searched over random candidates plus
 * perturbations of the best points found.
 */
public record BayesianSearch(int initialRandom, Kernel kernel, int hyperSamples, int candidates) implements SearchStrategy {

    public static final int DEFAULT_INITIAL_RANDOM = 5;
    public static final int DEFAULT_HYPER_SAMPLES = 300;
    public static final int DEFAULT_CANDIDATES = 2000;
    /** Local candidates are drawn this far (standard deviation, unit cube) around the best points. */
    static final double LOCAL_STEP = 0.05;
    static final int LOCAL_CENTRES = 3;
    /** Small exploration bonus in expected improvement, in standardised loss units. */
    static final double XI = 0.01;

    public BayesianSearch {
        if (initialRandom < 1) {
            throw new IllegalArgumentException("Bayesian search needs at least 1 initial random point, got "
                    + initialRandom);
        }
    }

    public static BayesianSearch defaults() {
        return new BayesianSearch(DEFAULT_INITIAL_RANDOM, Kernel.MATERN52, DEFAULT_HYPER_SAMPLES, DEFAULT_CANDIDATES);
    }

    @Override
    public double[] next(SearchSpace space, List<Observation> history, Random random) {
        List<Observation> finite = history.stream().filter(o -> Double.isFinite(o.loss())).toList();
        if (finite.size() < initialRandom) {
            return space.randomUnit(random);
        }
        double worst = finite.stream().mapToDouble(Observation::loss).max().orElseThrow();
        // a failed trial is taught to the model as the worst loss seen, so the search steers away from it
        double[][] x = new double[history.size()][];
        double[] y = new double[history.size()];
        for (int i = 0; i < history.size(); i++) {
            x[i] = history.get(i).unit();
            y[i] = Double.isFinite(history.get(i).loss()) ? history.get(i).loss() : worst;
        }
        GaussianProcess gp = GaussianProcess.fitByMarginalLikelihood(kernel, x, y, hyperSamples, random);
        double incumbent = Double.POSITIVE_INFINITY;
        for (double[] xi : x) {
            incumbent = Math.min(incumbent, gp.predict(xi)[0]);
        }
        double spread = standardDeviation(y);
        double xi = XI * (spread > 0 ? spread : 1);

        List<double[]> pool = new ArrayList<>(candidates + LOCAL_CENTRES * candidates / 4);
        for (int c = 0; c < candidates; c++) {
            pool.add(space.randomUnit(random));
        }
        List<Observation> best = history.stream().filter(o -> Double.isFinite(o.loss()))
                .sorted(Comparator.comparingDouble(Observation::loss)).limit(LOCAL_CENTRES).toList();
        for (Observation centre : best) {
            for (int c = 0; c < candidates / 4; c++) {
                double[] u = centre.unit().clone();
                for (int d = 0; d < u.length; d++) {
                    u[d] = Param.clamp(u[d] + LOCAL_STEP * random.nextGaussian());
                }
                pool.add(u);
            }
        }
        double[] chosen = null;
        double bestEi = Double.NEGATIVE_INFINITY;
        for (double[] u : pool) {
            double[] ms = gp.predict(u);
            double ei = expectedImprovement(incumbent - xi, ms[0], ms[1]);
            if (ei > bestEi) {
                bestEi = ei;
                chosen = u;
            }
        }
        return chosen;
    }

    @Override
    public String name() {
        return "bayesian(GP " + kernel + ", EI)";
    }

    /** EI for minimisation: E[max(target - f, 0)] with f ~ N(mean, sd^2). */
    static double expectedImprovement(double target, double mean, double sd) {
        if (sd <= 0) {
            return Math.max(target - mean, 0);
        }
        double z = (target - mean) / sd;
        return (target - mean) * Normal.cdf(z) + sd * Normal.pdf(z);
    }

    private static double standardDeviation(double[] y) {
        double m = 0;
        for (double v : y) {
            m += v;
        }
        m /= y.length;
        double ss = 0;
        for (double v : y) {
            ss += (v - m) * (v - m);
        }
        return y.length > 1 ? Math.sqrt(ss / (y.length - 1)) : 0;
    }
}
