package ai.talent.nn.tune;

/** A real-valued hyperparameter searched uniformly in [low, high] (e.g. dropout). */
public record ContinuousParam(String name, double low, double high) implements Param {

    public ContinuousParam {
        if (!(low < high)) {
            throw new IllegalArgumentException(name + ": low must be below high, got [" + low + ", " + high + "]");
        }
    }

    @Override
    public Object fromUnit(double u) {
        return low + (high - low) * Param.clamp(u);
    }

    @Override
    public double[] gridUnits(int points) {
        return Param.evenly(points);
    }
}
