package ai.talent.nn.tune;

import java.util.List;
import java.util.Random;

/** Independent uniform draws from the unit cube (so log-scale params are drawn log-uniformly). */
public record RandomSearch() implements SearchStrategy {

    @Override
    public double[] next(SearchSpace space, List<Observation> history, Random random) {
        return space.randomUnit(random);
    }

    @Override
    public String name() {
        return "random";
    }
}
