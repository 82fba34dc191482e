package ai.talent.nn.tune;

import java.util.List;
import java.util.Random;

/** Proposes the next point to evaluate, given what has been evaluated so far. */
public interface SearchStrategy {

    /** The next unit-cube point, or null when the strategy has nothing more to propose. */
    double[] next(SearchSpace space, List<Observation> history, Random random);

    String name();
}
