package ai.talent.nn.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SplitsAndEnsembleTests {

    @Test
    void holdoutPartitionsAllRowsReproducibly() {
        Fold a = Splits.holdout(100, 0.2, 7);
        assertThat(a.test()).hasSize(20);
        assertThat(a.train()).hasSize(80);
        assertThat(union(List.of(a.train(), a.test()))).hasSize(100);
        assertThat(Splits.holdout(100, 0.2, 7).test()).isEqualTo(a.test());
        assertThat(Splits.holdout(100, 0.2, 8).test()).isNotEqualTo(a.test());
    }

    @Test
    void kFoldTestSetsCoverEveryRowOnce() {
        List<Fold> folds = Splits.kFold(23, 5, 1);
        assertThat(folds).hasSize(5);
        int total = folds.stream().mapToInt(f -> f.test().length).sum();
        assertThat(total).isEqualTo(23);
        assertThat(union(folds.stream().map(Fold::test).toList())).hasSize(23);
        folds.forEach(f -> assertThat(f.test().length).isBetween(4, 5));
        folds.forEach(f -> assertThat(f.train().length + f.test().length).isEqualTo(23));
    }

    @Test
    void stratifiedFoldsKeepClassProportions() {
        int[] labels = IntStream.range(0, 100).map(i -> i < 20 ? 1 : 0).toArray();
        for (Fold f : Splits.stratifiedKFold(labels, 5, 3)) {
            long positives = Arrays.stream(f.test()).filter(i -> labels[i] == 1).count();
            assertThat(positives).isEqualTo(4);
            assertThat(f.test()).hasSize(20);
        }
    }

    @Test
    void groupedFoldsNeverSplitAGroup() {
        String[] groups = IntStream.range(0, 60).mapToObj(i -> "g" + (i % 13)).toArray(String[]::new);
        List<Fold> folds = Splits.groupKFold(groups, 4, 5);
        for (Fold f : folds) {
            Set<String> trainGroups = new HashSet<>();
            Arrays.stream(f.train()).forEach(i -> trainGroups.add(groups[i]));
            Arrays.stream(f.test()).forEach(i -> assertThat(trainGroups).doesNotContain(groups[i]));
        }
        assertThat(union(folds.stream().map(Fold::test).toList())).hasSize(60);
    }

    @Test
    void crossValidationFitsOneModelPerFoldAndSummarises() {
        double[] target = IntStream.range(0, 40).mapToDouble(i -> i % 2).toArray();
        // a "model" that predicts the training mean: its squared error is about 0.25 on every fold
        class MeanModel implements Model {
            double mean;

            @Override
            public void fit(int[] rows) {
                mean = Arrays.stream(rows).mapToDouble(i -> target[i]).average().orElseThrow();
            }

            @Override
            public double[] predict(int[] rows) {
                return Arrays.stream(rows).mapToDouble(i -> mean).toArray();
            }
        }
        Summary s = CrossValidation.evaluate(MeanModel::new, Splits.kFold(40, 4, 0),
                (rows, p) -> IntStream.range(0, rows.length).mapToDouble(i -> Math.pow(p[i] - target[rows[i]], 2))
                        .average().orElseThrow());
        assertThat(s.n()).isEqualTo(4);
        assertThat(s.mean()).isCloseTo(0.25, within(0.02));
    }

    @Test
    void ensembleReportsMeanAndSpreadPerItem() {
        EnsembleSummary s = EnsembleSummary.of(List.of(new double[] {0.2, 0.5}, new double[] {0.4, 0.5},
                new double[] {0.6, 0.5}));
        assertThat(s.mean()).containsExactly(new double[] {0.4, 0.5}, within(1e-12));
        assertThat(s.std()[0]).isCloseTo(0.2, within(1e-12));
        assertThat(s.std()[1]).isZero();
        assertThat(s.meanStd()).isCloseTo(0.1, within(1e-12));
        assertThat(s.maxStd()).isCloseTo(0.2, within(1e-12));
        assertThat(EnsembleSummary.average(List.of(new double[] {1}, new double[] {3}))).containsExactly(2.0);
    }

    private static Set<Integer> union(List<int[]> parts) {
        Set<Integer> all = new HashSet<>();
        parts.forEach(p -> Arrays.stream(p).forEach(all::add));
        return all;
    }
}
