package ai.talent.nn.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.talent.nn.eval.Model;
import ai.talent.nn.eval.Splits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TunerTests {

    private static final SearchSpace SPACE = SearchSpace.of(
            new LogContinuousParam("lr", 1e-4, 1e-1),
            new IntParam("hidden", 16, 128),
            new CategoricalParam("activation", List.of("relu", "gelu", "tanh")),
            new ContinuousParam("dropout", 0, 0.5));

    @Test
    void paramsDecodeUnitCoordinatesToTheirRanges() {
        Config low = SPACE.decode(new double[] {0, 0, 0, 0});
        Config high = SPACE.decode(new double[] {1, 1, 1, 1});
        assertThat(low.getDouble("lr")).isCloseTo(1e-4, within(1e-12));
        assertThat(high.getDouble("lr")).isCloseTo(1e-1, within(1e-12));
        assertThat(SPACE.decode(new double[] {0.5, 0.5, 0.5, 0.5}).getDouble("lr")).isCloseTo(Math.sqrt(1e-5), within(1e-9));
        assertThat(low.getInt("hidden")).isEqualTo(16);
        assertThat(high.getInt("hidden")).isEqualTo(128);
        assertThat(low.getString("activation")).isEqualTo("relu");
        assertThat(high.getString("activation")).isEqualTo("tanh");
        assertThat(high.getDouble("dropout")).isEqualTo(0.5);
    }

    @Test
    void randomSearchDrawsLogScaleParamsLogUniformly() {
        Random r = new Random(1);
        SearchSpace space = SearchSpace.of(new LogContinuousParam("lr", 1e-4, 1e-0));
        long belowMilli = IntStream.range(0, 4000)
                .filter(i -> space.decode(new RandomSearch().next(space, List.of(), r)).getDouble("lr") < 1e-3).count();
        // log-uniform: a quarter of draws below 1e-3; uniform would give 0.1%
        assertThat(belowMilli / 4000.0).isCloseTo(0.25, within(0.03));
    }

    @Test
    void gridSearchEnumeratesEveryCombinationThenStops() {
        SearchSpace space = SearchSpace.of(new ContinuousParam("a", 0, 1), new IntParam("b", 1, 2),
                new CategoricalParam("c", List.of("x", "y", "z")));
        TuningResult result = new Tuner(space, new GridSearch(3), Direction.MINIMIZE, 100, 0)
                .run(c -> c.getDouble("a") + c.getInt("b"));
        assertThat(result.trials()).hasSize(3 * 2 * 3);
        assertThat(result.trials().stream().map(t -> t.config().toString()).distinct()).hasSize(18);
        assertThat(result.best().orElseThrow().config().getDouble("a")).isZero();
        assertThat(result.best().orElseThrow().config().getInt("b")).isEqualTo(1);
    }

    @Test
    void budgetIsRespectedAndFailuresAreRecordedNotFatal(@TempDir Path dir) throws Exception {
        TuningResult result = new Tuner(SPACE, BayesianSearch.defaults(), Direction.MAXIMIZE, 12, 7).run(c -> {
            if (c.getString("activation").equals("tanh") && c.getDouble("dropout") > 0.4) {
                throw new IllegalStateException("diverged");
            }
            return -Math.abs(Math.log10(c.getDouble("lr")) + 2) - c.getDouble("dropout");
        });
        assertThat(result.trials()).hasSize(12);
        Trial best = result.best().orElseThrow();
        assertThat(result.trials().stream().filter(t -> !t.failed()).mapToDouble(Trial::value).max().orElseThrow())
                .isEqualTo(best.value());
        String table = result.table();
        assertThat(table).contains("lr").contains("hidden").contains("*" + best.number());
        Path csv = result.writeCsv(dir.resolve("reports/tuning.csv"));
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(13);
        assertThat(lines.get(0)).isEqualTo("trial,lr,hidden,activation,dropout,value,seconds,error");

        TuningResult failing = new Tuner(SPACE, new RandomSearch(), Direction.MINIMIZE, 3, 1).run(c -> {
            throw new IllegalStateException("out of memory");
        });
        assertThat(failing.trials()).allMatch(Trial::failed);
        assertThat(failing.best()).isEmpty();
        assertThat(failing.table()).contains("IllegalStateException: out of memory");
    }

    @Test
    void crossValidatedObjectivePrefersTheBetterConfig() {
        // data y = 3x + noise; a "model" fits only a slope fixed by the config, so slope 3 wins
        Random r = new Random(5);
        double[] x = IntStream.range(0, 60).mapToDouble(i -> r.nextDouble()).toArray();
        double[] y = Arrays.stream(x).map(v -> 3 * v + 0.05 * r.nextGaussian()).toArray();
        CrossValidatedObjective objective = new CrossValidatedObjective(config -> new Model() {
            @Override
            public void fit(int[] rows) {
            }

            @Override
            public double[] predict(int[] rows) {
                return Arrays.stream(rows).mapToDouble(i -> config.getDouble("slope") * x[i]).toArray();
            }
        }, Splits.kFold(60, 5, 1), (rows, p) -> IntStream.range(0, rows.length)
                .mapToDouble(i -> Math.pow(p[i] - y[rows[i]], 2)).average().orElseThrow());
        TuningResult result = new Tuner(SearchSpace.of(new ContinuousParam("slope", 0, 6)), new GridSearch(7),
                Direction.MINIMIZE, 7, 0).run(objective);
        assertThat(result.best().orElseThrow().config().getDouble("slope")).isEqualTo(3.0);
        assertThat(objective.summary(result.best().orElseThrow().config()).n()).isEqualTo(5);
    }
}
