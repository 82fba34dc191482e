package ai.talent.nn.tune;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a hyperparameter search: asks the strategy for a config, evaluates it, and repeats until
 * the trial budget is spent (or a grid is exhausted). A failing trial is recorded, not fatal.
 */
public final class Tuner {

    private static final Logger LOG = LoggerFactory.getLogger(Tuner.class);

    private final SearchSpace space;
    private final SearchStrategy strategy;
    private final Direction direction;
    private final int budget;
    private final long seed;

    public Tuner(SearchSpace space, SearchStrategy strategy, Direction direction, int budget, long seed) {
        if (budget < 1) {
            throw new IllegalArgumentException("trial budget must be at least 1, got " + budget);
        }
        this.space = space;
        this.strategy = strategy;
        this.direction = direction;
        this.budget = budget;
        this.seed = seed;
    }

    public TuningResult run(Objective objective) {
        Random random = new Random(seed);
        List<Observation> history = new ArrayList<>();
        List<Trial> trials = new ArrayList<>();
        for (int n = 1; n <= budget; n++) {
            double[] unit = strategy.next(space, history, random);
            if (unit == null) {
                break;
            }
            Config config = space.decode(unit);
            long start = System.nanoTime();
            double value;
            String error = null;
            try {
                value = objective.evaluate(config);
                if (Double.isNaN(value)) {
                    error = "objective returned NaN";
                }
            } catch (Exception e) {
                value = Double.NaN;
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
                LOG.warn("trial {} {} failed: {}", n, config, error);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Trial trial = new Trial(n, config, error == null ? value : Double.NaN, seconds, error);
            trials.add(trial);
            history.add(new Observation(unit, error == null ? direction.toLoss(value) : Double.NaN));
            LOG.debug("trial {}/{} {} -> {}", n, budget, config, trial.value());
        }
        List<String> names = space.params().stream().map(Param::name).toList();
        return new TuningResult(strategy.name(), direction, names, trials);
    }
}
