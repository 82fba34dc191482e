package ai.talent.nn.tune;

import java.util.List;

/**
 * A hyperparameter chosen from a list (e.g. activation). Bayesian search sees it as one ordered
 * coordinate, which works best when neighbouring choices behave alike.
 */
public record CategoricalParam(String name, List<?> choices) implements Param {

    public CategoricalParam {
        if (choices.isEmpty()) {
            throw new IllegalArgumentException(name + ": needs at least one choice");
        }
        choices = List.copyOf(choices);
    }

    @Override
    public Object fromUnit(double u) {
        return choices.get(Math.min(choices.size() - 1, (int) Math.floor(Param.clamp(u) * choices.size())));
    }

    @Override
    public double[] gridUnits(int points) {
        double[] u = new double[choices.size()];
        for (int i = 0; i < u.length; i++) {
            u[i] = (i + 0.5) / choices.size();
        }
        return u;
    }
}
