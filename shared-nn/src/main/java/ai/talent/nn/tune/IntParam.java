package ai.talent.nn.tune;

/** An integer hyperparameter in [low, high], both inclusive (e.g. hidden units, layers). */
public record IntParam(String name, int low, int high) implements Param {

    public IntParam {
        if (low > high) {
            throw new IllegalArgumentException(name + ": low must not exceed high, got [" + low + ", " + high + "]");
        }
    }

    @Override
    public Object fromUnit(double u) {
        int count = high - low + 1;
        return low + Math.min(count - 1, (int) Math.floor(Param.clamp(u) * count));
    }

    @Override
    public double[] gridUnits(int points) {
        int count = high - low + 1;
        int n = Math.min(points, count);
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            int value = n == 1 ? low + count / 2 : low + (int) Math.round((double) i * (count - 1) / (n - 1));
            u[i] = (value - low + 0.5) / count;
        }
        return u;
    }
}
