package ai.talent.search.eval;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.search.index.TestEncoder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a small simulated marketplace (fixed seed), the hybrid ranks the graded queries better than either leg
 * alone: NDCG@10 on the test half of the queries, fusion weights tuned on the other half.
 */
class SearchQualityTests {

    @TempDir
    Path dir;

    @Test
    void hybridRanksBetterThanEitherLegAlone() {
        SimulatedSearchSet set = SimulatedSearchSet.generate(300, 100, 11);
        SimulatedEvaluation.Result result = SimulatedEvaluation.run(set, TestEncoder.get(), dir, 11, System.out);

        double hybrid = result.figures().get("hybrid.ndcg10").mean();
        double bm25 = result.figures().get("bm25.ndcg10").mean();
        double dense = result.figures().get("dense.ndcg10").mean();
        System.out.printf("NDCG@10 hybrid %.3f, bm25 %.3f, dense %.3f, oracle %.3f%n", hybrid, bm25, dense,
                result.figures().get("oracle.ndcg10").mean());
        assertThat(result.testQueries()).isGreaterThan(30);
        assertThat(hybrid).isGreaterThan(bm25).isGreaterThan(dense);
    }
}
