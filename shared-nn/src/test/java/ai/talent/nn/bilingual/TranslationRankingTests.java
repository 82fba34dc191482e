package ai.talent.nn.bilingual;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.talent.nn.engine.NnEngine;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TranslationRankingTests {

    /** Unit rows: 0 and 1 close, 2 a near-copy of 0, 3 far from all. */
    static final float[][] TARGETS = {unit(1, 0, 0), unit(0.9f, 0.3f, 0), unit(1, 0.01f, 0), unit(0, 0, 1)};

    @Test
    void hardNegativesAreTheNearestOtherTargetsSkippingNearCopies() {
        int[][] nearest = CrossLingualDistiller.nearestTargets(TARGETS, 2, 0.999);
        assertArrayEquals(new int[] {1, 3}, nearest[0], "row 2 is a near-copy of row 0 and is skipped");
        assertEquals(2, nearest[3].length);
        for (int i = 0; i < nearest.length; i++) {
            for (int j : nearest[i]) {
                assertTrue(j != i, "a target is never its own negative");
            }
        }
    }

    @Test
    void rankingLossIsLowWhenEachTranslationSitsOnItsOwnTargetAndHighWhenSwapped() {
        Random random = new Random(7);
        float[][] targets = new float[16][];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = unit(random.nextFloat() - 0.5f, random.nextFloat() - 0.5f, random.nextFloat() - 0.5f,
                    random.nextFloat() - 0.5f, random.nextFloat() - 0.5f, random.nextFloat() - 0.5f);
        }
        List<Integer> batch = List.of(0, 1, 2, 3, 4, 5, 6, 7);
        int[][] hard = CrossLingualDistiller.nearestTargets(targets, 3, 0.99);
        float[][] aligned = new float[batch.size()][];
        float[][] swapped = new float[batch.size()][];
        for (int i = 0; i < batch.size(); i++) {
            aligned[i] = targets[batch.get(i)];
            swapped[i] = targets[batch.get((i + 1) % batch.size())];
        }
        try (NDManager m = NnEngine.get().newBaseManager()) {
            float good = CrossLingualDistiller.ranking(m, m.create(aligned), targets, hard, batch, 0.05f).getFloat();
            float bad = CrossLingualDistiller.ranking(m, m.create(swapped), targets, hard, batch, 0.05f).getFloat();
            float inBatchOnly = CrossLingualDistiller.ranking(m, m.create(aligned), targets, null, batch, 0.05f)
                    .getFloat();
            assertTrue(good < 1.0f, "aligned loss " + good);
            assertTrue(bad > good + 5, "swapped loss " + bad + " vs aligned " + good);
            assertTrue(inBatchOnly <= good + 1e-6, "hard negatives only add terms to the softmax: " + inBatchOnly
                    + " vs " + good);
        }
    }

    @Test
    void aMissOnAParaphraseCountsOnlyInTheParaphraseTolerantDiagnostic() {
        float[][] english = TARGETS;
        float[][] korean = {TARGETS[2], TARGETS[1], TARGETS[0], TARGETS[3]}; // rows 0 and 2 swapped: paraphrases
        assertArrayEquals(new double[] {0, 1, 0, 1}, TranslationRetrieval.hits(korean, english));
        assertArrayEquals(new double[] {1, 1, 1, 1},
                TranslationRetrieval.paraphraseTolerantHits(korean, english, english, 0.9));
        float[][] wrong = {TARGETS[3], TARGETS[1], TARGETS[2], TARGETS[0]}; // rows 0 and 3 swapped: unrelated
        assertArrayEquals(new double[] {0, 1, 1, 0},
                TranslationRetrieval.paraphraseTolerantHits(wrong, english, english, 0.9));
    }

    @Test
    void theRatioMarginTakesTheRightTranslationFromAHubThatSitsNearEveryQuery() {
        float[] hub = unit(1, 1, 1, 0.3f);
        float[][] candidates = {unit(1, 0, 0, 0), unit(0, 1, 0, 0), unit(0, 0, 1, 0), hub};
        float[][] queries = {unit(1, 0.55f, 0.55f, 0.2f), unit(0.55f, 1, 0.55f, 0.2f), unit(0.55f, 0.55f, 1, 0.2f),
            unit(0.2f, 0.2f, 0.2f, 1)};
        assertArrayEquals(new double[] {0, 0, 0, 1}, TranslationRetrieval.hits(queries, candidates),
                "by cosine the hub is every query's nearest");
        assertArrayEquals(new double[] {1, 1, 1, 1}, TranslationRetrieval.marginHits(queries, candidates, 2),
                "the margin discounts the hub by its crowded neighbourhood");
        assertEquals(0.75, TranslationRetrieval.meanOfTop(new float[] {0.5f, 1f, 0.25f}, 2), 1e-9);
    }

    static float[] unit(float... v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / Math.sqrt(n));
        }
        return out;
    }
}
