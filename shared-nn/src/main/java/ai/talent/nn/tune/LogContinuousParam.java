package ai.talent.nn.tune;

/** A positive real hyperparameter searched uniformly in log space (e.g. learning rate, weight decay). */
public record LogContinuousParam(String name, double low, double high) implements Param {

    public LogContinuousParam {
        if (!(low > 0 && low < high)) {
            throw new IllegalArgumentException(name + ": need 0 < low < high for a log scale, got [" + low + ", "
                    + high + "]");
        }
    }

    @Override
    public Object fromUnit(double u) {
        return Math.exp(Math.log(low) + (Math.log(high) - Math.log(low)) * Param.clamp(u));
    }

    @Override
    public double[] gridUnits(int points) {
        return Param.evenly(points);
    }
}
