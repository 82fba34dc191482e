package ai.talent.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MetricsTests {

    @Test
    void aucIsOneForAPerfectRankingZeroForAReversedOneAndAHalfForNoise() {
        BinnedAuc perfect = new BinnedAuc();
        BinnedAuc reversed = new BinnedAuc();
        BinnedAuc noise = new BinnedAuc();
        SplittableRandom rng = new SplittableRandom(1);
        for (int i = 0; i < 1000; i++) {
            boolean label = i % 3 == 0;
            perfect.add(label ? 0.9 : 0.1, label);
            reversed.add(label ? 0.1 : 0.9, label);
            noise.add(rng.nextDouble(), label);
        }
        assertThat(perfect.auc()).isEqualTo(1.0);
        assertThat(reversed.auc()).isEqualTo(0.0);
        assertThat(noise.auc()).isCloseTo(0.5, within(0.05));
    }

    @Test
    void aucCountsTiesAsHalf() {
        BinnedAuc ties = new BinnedAuc();
        ties.add(0.5, true);
        ties.add(0.5, false);
        assertThat(ties.auc()).isEqualTo(0.5);
        assertThat(new BinnedAuc().auc()).isNaN();
    }

    @Test
    void ndcgMatchesHandComputedValues() {
        assertThat(Ndcg.at(10, new int[] {3, 2, 1}, new int[] {3, 2, 1})).isEqualTo(1.0);
        // single relevant item at rank 2: 1/log2(3)
        assertThat(Ndcg.at(10, new int[] {0, 1}, new int[] {1})).isCloseTo(1 / (Math.log(3) / Math.log(2)),
                within(1e-12));
        assertThat(Ndcg.at(10, new int[] {0, 0}, new int[] {0})).isNaN();
        // items beyond k do not count
        assertThat(Ndcg.at(1, new int[] {0, 3}, new int[] {3})).isEqualTo(0.0);
    }

    @Test
    void theOraclesIdealRankingComesFromTheGradeCounts() {
        assertThat(QueryJudge.idealGrades(1, 0, 2)).startsWith(3, 3, 1, 0);
        double expected = (7 + 7 / (Math.log(4) / Math.log(2))) / (7 + 7 / (Math.log(3) / Math.log(2)));
        assertThat(Ndcg.at(10, new int[] {3, 0, 3}, QueryJudge.idealGrades(0, 0, 2))).isCloseTo(expected,
                within(1e-12));
    }
}
