package ai.talent.search.eval;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.model.Freelancer;
import ai.talent.search.index.TestEncoder;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a small simulated marketplace (fixed seed), with fit factors and fusion weights tuned on the validation half
 * of the graded queries and scored on the other half: the hybrid finds more of the relevant freelancers in its top
 * 100 than BM25 alone and as many as the dense leg (it fuses both legs' candidates; on these 150-profile pools the
 * dense leg's top 100 already holds nearly all of them, so "as many" allows one relevant profile in two hundred),
 * and ranks its top ten at least as well as the better leg. Every mode is far above a random order, which an
 * unranked or broken leg would fall to.
 *
 * <p>To keep the test within seconds on two loaded cores, MiniLM encodes each profile's headline and skills only
 * (the bio, most of a profile's word pieces, is left out of the vector; BM25 still indexes it); the reported
 * evaluation ({@code ./talent eval search}) encodes whole profiles.
 */
class SearchQualityTests {

    private static final int FREELANCERS = 150;
    private static final int QUERIES = 150;
    private static final long SEED = 11;
    /** NDCG@10 of a random order on these pools is about 0.05 (the harness's random reference). */
    private static final double FAR_ABOVE_RANDOM = 0.5;
    /** The hybrid's top ten may trail the better leg by at most this much (about a third of the bootstrap spread). */
    private static final double TOP_TEN_TOLERANCE = 0.015;
    /** The hybrid's recall@100 may trail the dense leg's by at most this much (one relevant profile in 200). */
    private static final double RECALL_TOLERANCE = 0.005;

    @TempDir
    Path dir;

    @Test
    void hybridFindsMoreRelevantFreelancersThanEitherLegAndRanksTheTopTenAsWellAsTheBetterLeg() {
        SimulatedSearchSet set = SimulatedSearchSet.generate(FREELANCERS, QUERIES, SEED);
        SimulatedEvaluation.Result result = SimulatedEvaluation.run(set, TestEncoder.get(), dir, SEED, System.out, null,
                SearchQualityTests::headlineAndSkills);
        Map<String, SimulatedEvaluation.Figure> f = result.figures();
        System.out.printf("test queries %d: NDCG@10 hybrid %.3f, bm25 %.3f, dense %.3f, oracle %.3f; recall@100 hybrid "
                        + "%.3f, bm25 %.3f, dense %.3f%n", result.testQueries(), f.get("hybrid.ndcg10").mean(),
                f.get("bm25.ndcg10").mean(), f.get("dense.ndcg10").mean(), f.get("oracle.ndcg10").mean(),
                f.get("hybrid.recall100").mean(), f.get("bm25.recall100").mean(), f.get("dense.recall100").mean());

        assertThat(result.testQueries()).isGreaterThan(40);
        for (String mode : new String[] {"hybrid", "bm25", "dense"}) {
            assertThat(f.get(mode + ".ndcg10").mean()).as("%s NDCG@10", mode).isGreaterThan(FAR_ABOVE_RANDOM);
        }
        assertThat(f.get("hybrid.recall100").mean()).as("hybrid recall@100")
                .isGreaterThan(f.get("bm25.recall100").mean())
                .isGreaterThan(f.get("dense.recall100").mean() - RECALL_TOLERANCE);
        double betterLeg = Math.max(f.get("bm25.ndcg10").mean(), f.get("dense.ndcg10").mean());
        assertThat(f.get("hybrid.ndcg10").mean()).as("hybrid NDCG@10 against the better leg")
                .isGreaterThan(betterLeg - TOP_TEN_TOLERANCE);
    }

    /** The profile as the test encodes it: headline and skills, no bio. */
    private static Freelancer headlineAndSkills(Freelancer f) {
        return new Freelancer(f.id(), f.displayName(), f.headline(), "", f.textLanguage(), f.skills(), f.hourlyRate(),
                f.region(), f.remoteOk(), f.spokenLanguages(), f.availabilityHoursPerWeek(), f.ratingAverage(),
                f.ratingCount(), f.completedProjects());
    }
}
