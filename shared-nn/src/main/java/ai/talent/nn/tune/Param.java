package ai.talent.nn.tune;

/**
 * One hyperparameter. Every search works in the unit interval: a param maps a unit coordinate to
 * its value, and offers the unit coordinates of its grid points.
 */
public sealed interface Param permits ContinuousParam, LogContinuousParam, IntParam, CategoricalParam {

    String name();

    /** The value at unit coordinate {@code u} in [0, 1]. */
    Object fromUnit(double u);

    /** Unit coordinates of {@code points} grid points (params with fewer distinct values give all of them). */
    double[] gridUnits(int points);

    static double clamp(double u) {
        return Math.min(1, Math.max(0, u));
    }

    static double[] evenly(int points) {
        if (points < 1) {
            throw new IllegalArgumentException("a grid needs at least 1 point per parameter, got " + points);
        }
        double[] u = new double[points];
        for (int i = 0; i < points; i++) {
            u[i] = points == 1 ? 0.5 : (double) i / (points - 1);
        }
        return u;
    }
}
