package ai.talent.nn.tune;

import java.util.List;
import java.util.Random;

/**
 * Every combination of a fixed number of points per parameter, in order. With a budget smaller
 * than the grid only its first points are tried, so size the grid to the budget.
 */
public record GridSearch(int pointsPerParam) implements SearchStrategy {

    @Override
    public double[] next(SearchSpace space, List<Observation> history, Random random) {
        List<double[]> grid = space.gridUnits(pointsPerParam);
        return history.size() < grid.size() ? grid.get(history.size()) : null;
    }

    @Override
    public String name() {
        return "grid(" + pointsPerParam + ")";
    }
}
