package ai.talent.nn.tune;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** The hyperparameters to search, in order; a config is decoded from a point of the unit cube. */
public record SearchSpace(List<Param> params) {

    public SearchSpace {
        params = List.copyOf(params);
        Set<String> names = new HashSet<>();
        for (Param p : params) {
            if (!names.add(p.name())) {
                throw new IllegalArgumentException("parameter '" + p.name() + "' appears twice in the search space");
            }
        }
        if (params.isEmpty()) {
            throw new IllegalArgumentException("a search space needs at least one parameter");
        }
    }

    public static SearchSpace of(Param... params) {
        return new SearchSpace(List.of(params));
    }

    public int dimensions() {
        return params.size();
    }

    public Config decode(double[] unit) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < params.size(); i++) {
            values.put(params.get(i).name(), params.get(i).fromUnit(unit[i]));
        }
        return new Config(values);
    }

    public double[] randomUnit(Random random) {
        double[] u = new double[params.size()];
        for (int i = 0; i < u.length; i++) {
            u[i] = random.nextDouble();
        }
        return u;
    }

    /** Every combination of the params' grid points, first param varying slowest. */
    public List<double[]> gridUnits(int pointsPerParam) {
        List<double[]> grid = new ArrayList<>();
        grid.add(new double[0]);
        for (Param p : params) {
            List<double[]> next = new ArrayList<>();
            for (double[] prefix : grid) {
                for (double u : p.gridUnits(pointsPerParam)) {
                    double[] point = Arrays.copyOf(prefix, prefix.length + 1);
                    point[prefix.length] = u;
                    next.add(point);
                }
            }
            grid = next;
        }
        return grid;
    }
}
