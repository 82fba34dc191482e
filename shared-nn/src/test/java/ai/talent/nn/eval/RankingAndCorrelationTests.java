package ai.talent.nn.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankingAndCorrelationTests {

    @Test
    void ndcgUsesGradedGains() {
        double[] scores = {3, 2, 1};
        double[] gains = {3, 2, 3};
        double log3 = Math.log(3) / Math.log(2);
        double dcg = 7 + 3 / log3 + 7 / 2.0;
        double ideal = 7 + 7 / log3 + 3 / 2.0;
        assertThat(RankingMetrics.ndcgAtK(scores, gains, 3)).isCloseTo(dcg / ideal, within(1e-12));
        assertThat(RankingMetrics.ndcgAtK(scores, gains, 1)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void perfectRankingHasNdcgOne() {
        assertThat(RankingMetrics.ndcgAtK(new double[] {0.9, 0.5, 0.4, 0.1}, new double[] {2, 1, 1, 0}, 10))
                .isCloseTo(1.0, within(1e-12));
        assertThat(RankingMetrics.ndcgAtK(new double[] {0.9, 0.5}, new double[] {0, 0}, 2)).isZero();
    }

    @Test
    void binaryRankingMetricsMatchHandCounts() {
        double[] scores = {4, 3, 2, 1};
        double[] gains = {0, 1, 0, 1};
        assertThat(RankingMetrics.averagePrecision(scores, gains)).isCloseTo((0.5 + 0.5) / 2, within(1e-12));
        assertThat(RankingMetrics.reciprocalRankAtK(scores, gains, 10)).isCloseTo(0.5, within(1e-12));
        assertThat(RankingMetrics.reciprocalRankAtK(scores, gains, 1)).isZero();
        assertThat(RankingMetrics.recallAtK(scores, gains, 2)).isCloseTo(0.5, within(1e-12));
        assertThat(RankingMetrics.precisionAtK(scores, gains, 2)).isCloseTo(0.5, within(1e-12));
        assertThat(RankingMetrics.recallAtK(scores, gains, 4)).isEqualTo(1.0);

        List<RankedQuery> queries = List.of(new RankedQuery(scores, gains),
                new RankedQuery(new double[] {2, 1}, new double[] {1, 0}));
        assertThat(RankingMetrics.meanAveragePrecision(queries)).isCloseTo(0.75, within(1e-12));
        assertThat(RankingMetrics.meanReciprocalRankAtK(queries, 10)).isCloseTo(0.75, within(1e-12));
        assertThat(RankingMetrics.meanNdcgAtK(queries, 2)).isLessThan(1.0).isGreaterThan(0.5);
    }

    @Test
    void correlationsMatchHandComputedValues() {
        assertThat(Correlation.pearson(new double[] {1, 2, 3}, new double[] {2, 4, 7})).isCloseTo(0.9933992677987828, within(1e-12));
        // y ranks with a tie: 1, 2, 3.5, 5, 3.5
        assertThat(Correlation.spearman(new double[] {1, 2, 3, 4, 5}, new double[] {5, 6, 7, 8, 7}))
                .isCloseTo(0.8207826816681233, within(1e-12));
        assertThat(Correlation.spearman(new double[] {1, 2, 3}, new double[] {10, 100, 1000})).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void summaryReportsSampleStd() {
        Summary s = Summary.of(1, 2, 3, 4);
        assertThat(s.mean()).isEqualTo(2.5);
        assertThat(s.std()).isCloseTo(Math.sqrt(5.0 / 3), within(1e-12));
        assertThat(s.toString()).contains("2.5000 ± 1.2910");
    }
}
