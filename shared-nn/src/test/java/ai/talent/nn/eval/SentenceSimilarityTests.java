package ai.talent.nn.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SentenceSimilarityTests {

    /** Each text is an angle in degrees; its embedding the unit vector at that angle. */
    private static final Function<List<String>, float[][]> ANGLES = texts -> texts.stream()
            .map(t -> Math.toRadians(Double.parseDouble(t)))
            .map(a -> new float[] {(float) Math.cos(a), (float) Math.sin(a)})
            .toArray(float[][]::new);

    private static final List<ScoredPair> PAIRS = List.of(
            new ScoredPair("0", "0", 5.0),
            new ScoredPair("0", "30", 4.0),
            new ScoredPair("10", "70", 2.5),
            new ScoredPair("0", "90", 1.0),
            new ScoredPair("20", "200", 0.0));

    @Test
    void cosinesAreThoseOfEachPairsTwoEmbeddings() {
        double[] cosines = SentenceSimilarity.cosines(ANGLES, PAIRS);

        assertThat(cosines[0]).isCloseTo(1.0, within(1e-6));
        assertThat(cosines[1]).isCloseTo(Math.cos(Math.toRadians(30)), within(1e-6));
        assertThat(cosines[3]).isCloseTo(0.0, within(1e-6));
        assertThat(cosines[4]).isCloseTo(-1.0, within(1e-6));
    }

    @Test
    void spearmanRewardsAnEncoderThatRanksPairsAsTheGoldDoes() {
        List<ScoredPair> reversed = PAIRS.stream().map(p -> new ScoredPair(p.first(), p.second(), -p.score()))
                .toList();

        assertThat(SentenceSimilarity.spearman(ANGLES, PAIRS)).isCloseTo(1.0, within(1e-9));
        assertThat(SentenceSimilarity.spearman(ANGLES, reversed)).isCloseTo(-1.0, within(1e-9));
        Bootstrap spread = SentenceSimilarity.spearmanSpread(ANGLES, PAIRS, 50, 17);
        assertThat(spread.mean()).isCloseTo(1.0, within(1e-9));
    }
}
