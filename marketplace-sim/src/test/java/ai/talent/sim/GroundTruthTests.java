package ai.talent.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hidden truth must be coherent: better fit means more hires and more successes, and the oracles beat chance. */
class GroundTruthTests {

    private static final int PROJECTS = 1200;
    private static FitBuckets hires;
    private static FitBuckets successes;
    private static BinnedAuc successAuc;

    @BeforeAll
    static void playProjects() {
        Marketplace market = new Marketplace(SimConfig.of(3000, PROJECTS, 0, 11));
        hires = new FitBuckets();
        successes = new FitBuckets();
        successAuc = new BinnedAuc();
        for (long i = 0; i < PROJECTS; i++) {
            HiringResult result = market.hiring(market.project(i));
            result.applicants().forEach(a -> hires.add(a.fit(), a.hired()));
            if (result.hired()) {
                boolean success = result.completed().successful();
                successes.add(result.truth().fit(), success);
                successAuc.add(result.truth().successProbability(), success);
            }
        }
    }

    @Test
    void higherLatentFitIsHiredMoreOften() {
        // buckets: <-2, [-2,-1), [-1,0), [0,1), [1,2), >=2
        assertThat(hires.rate(1)).isGreaterThan(2 * hires.rate(0));
        assertThat(hires.rate(2)).isGreaterThan(hires.rate(1));
        assertThat(hires.rate(3)).isGreaterThan(hires.rate(2));
        assertThat(hires.rate(4)).isGreaterThan(hires.rate(2));
    }

    @Test
    void higherLatentFitSucceedsMoreOften() {
        assertThat(successes.total(1)).isGreaterThan(30);
        assertThat(successes.total(3)).isGreaterThan(30);
        assertThat(successes.rate(2)).isGreaterThan(successes.rate(1));
        assertThat(successes.rate(3)).isGreaterThan(successes.rate(2));
        assertThat(successes.rate(4)).isGreaterThan(successes.rate(3));
    }

    @Test
    void trueSuccessProbabilityRanksOutcomesWellAboveChance() {
        assertThat(successAuc.count()).isGreaterThan(500);
        assertThat(successAuc.auc()).isGreaterThan(0.7);
    }

    @Test
    void smallMarketReportsOracleScoresAboveChance() {
        SimStats stats = SmallMarket.stats();
        assertThat(stats.oracleContractAuc()).isGreaterThan(0.6);
        assertThat(stats.oracleAttemptAuc()).isGreaterThan(0.7);
        assertThat(stats.oracleApplicantNdcg()).isGreaterThan(0.45);
        assertThat(stats.oracleQueryNdcg()).isGreaterThan(0.6);
        assertThat(stats.hireRate()).isBetween(0.5, 0.95);
        assertThat(stats.successRate()).isBetween(0.45, 0.9);
    }
}
