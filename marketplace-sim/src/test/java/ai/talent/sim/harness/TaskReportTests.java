package ai.talent.sim.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report on a fixed tiny case whose every figure was worked out by hand. */
class TaskReportTests {

    private static final List<String> SYSTEMS = List.of(TaskReport.RANDOM, TaskReport.LOGISTIC, TaskReport.ORACLE,
            "model");

    /** One seed, four contracts: two Korean posts, two English ones. */
    private static TaskReport tinySuccessReport(int bootstrap) {
        BinaryScorer scorer = new BinaryScorer("success", BinaryScorer.SUCCESS_METRICS);
        scorer.addSeed(201, new boolean[] {true, false, true, false}, new String[] {"KO", "KO", "EN", "EN"});
        scorer.predictions(TaskReport.RANDOM, 0, new double[] {0.5, 0.5, 0.5, 0.5}, null);
        scorer.predictions(TaskReport.LOGISTIC, 0, new double[] {0.6, 0.4, 0.3, 0.5}, null);
        scorer.predictions(TaskReport.ORACLE, 0, new double[] {0.9, 0.1, 0.8, 0.3}, null);
        scorer.predictions("model", 0, new double[] {0.7, 0.2, 0.45, 0.5}, null);
        return TaskReport.score(scorer, SYSTEMS, bootstrap, 1);
    }

    @Test
    void pointEstimatesAndTheShareOfHeadroomClosedAreTheHandComputedOnes() {
        TaskReport report = tinySuccessReport(200);
        // AUC: logistic 2/4, oracle 4/4, model 3/4 (see MetricsTests); headroom closed (0.75 − 0.5) / (1 − 0.5)
        assertThat(report.primary(TaskReport.LOGISTIC).value()).isEqualTo(0.5);
        assertThat(report.primary(TaskReport.ORACLE).value()).isEqualTo(1.0);
        assertThat(report.primary("model").value()).isEqualTo(0.75);
        assertThat(report.primary(TaskReport.RANDOM).value()).isEqualTo(0.5);
        assertThat(report.headroomClosed("model").value()).isCloseTo(0.5, within(1e-12));
        assertThat(report.headroomClosed(TaskReport.LOGISTIC).value()).isZero();
        assertThat(report.get("model", TaskReport.ALL, "brier").value()).isCloseTo(0.170625, within(1e-12));
        assertThat(report.get("model", TaskReport.ALL, "logloss").value()).isCloseTo(
                -(Math.log(0.7) + Math.log(0.8) + Math.log(0.45) + Math.log(0.5)) / 4, within(1e-12));
        // per language: English — model ranks its two contracts wrong (0), so does logistic (0), oracle right (1)
        assertThat(report.groups()).containsExactly(TaskReport.ALL, "EN", "KO");
        assertThat(report.get("model", "EN", "auc").value()).isZero();
        assertThat(report.headroomClosed("model", "EN").value()).isZero();
        assertThat(report.get("model", "KO", "auc").value()).isEqualTo(1.0);
        assertThat(report.items("EN")).isEqualTo(2);
        // the interval is a bootstrap over the items: it brackets the point and stays within [0, 1]
        Estimate auc = report.primary("model");
        assertThat(auc.low()).isLessThanOrEqualTo(auc.value()).isGreaterThanOrEqualTo(0);
        assertThat(auc.high()).isGreaterThanOrEqualTo(auc.value()).isLessThanOrEqualTo(1);
    }

    @Test
    void seedsAreAveragedAndTheirSpreadReported() {
        BinaryScorer scorer = new BinaryScorer("success", List.of("auc"));
        scorer.addSeed(1, new boolean[] {true, false}, new String[] {"KO", "KO"});
        scorer.addSeed(2, new boolean[] {true, false}, new String[] {"KO", "KO"});
        scorer.addSeed(3, new boolean[] {true, false}, new String[] {"KO", "KO"});
        scorer.predictions("m", 0, new double[] {0.9, 0.1}, null);
        scorer.predictions("m", 1, new double[] {0.1, 0.9}, null);
        scorer.predictions("m", 2, new double[] {0.9, 0.1}, null);
        TaskReport report = TaskReport.score(scorer, List.of("m"), 50, 1);
        // per seed 1, 0, 1: mean 2/3, sample standard deviation sqrt(1/3)
        assertThat(report.primary("m").value()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(report.primary("m").seedStd()).isCloseTo(Math.sqrt(1 / 3.0), within(1e-12));
    }

    @Test
    void rankingTasksAverageTheirItemsAndSkipItemsWithNothingRelevant() {
        RankingScorer scorer = new RankingScorer("applicants", RankingScorer.APPLICANT_METRICS, 1);
        scorer.addSeed(1, List.of(Map.of("b", 1), Map.of("x", 0)), new String[] {"KO", "KO"});
        scorer.rankings("m", 0, List.of(List.of("a", "b", "c"), List.of("x")));
        TaskReport report = TaskReport.score(scorer, List.of("m"), 20, 1);
        // only the first project counts: the hire at rank 2 → NDCG 1/log2(3), MRR 1/2
        assertThat(report.primary("m").value()).isCloseTo(Math.log(2) / Math.log(3), within(1e-12));
        assertThat(report.get("m", TaskReport.ALL, "mrr").value()).isEqualTo(0.5);
    }

    @Test
    void printsATableAndFiguresKeyedSystemTaskMetric() {
        TaskReport report = tinySuccessReport(20);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.print(new PrintStream(out, true, StandardCharsets.UTF_8));
        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(table).contains("== success", "headroom closed", "model", "0.750 [");
        Map<String, Double> figures = report.figures();
        assertThat(figures).containsEntry("model.success.auc", 0.75).containsKey("model.success.auc.lo")
                .containsKey("model.success.en.auc").containsEntry("model.success.headroom_closed", 0.5)
                .containsKey("oracle.success.ece.std");
    }
}
