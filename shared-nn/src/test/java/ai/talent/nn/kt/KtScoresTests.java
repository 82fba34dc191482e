package ai.talent.nn.kt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import ai.talent.nn.engine.NnEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class KtScoresTests {

    @Test
    void fusionGivesEachGroupTheSigmoidOfItsMeanLogitAndLeavesSingleRowsAlone() {
        // logits of 0.2 and 0.8 are -1.386 and +1.386: their mean is 0
        KtScores scores = new KtScores(new double[] {0.2, 0.8, 0.7, 0.9, 0.9, 0.3}, new int[] {1, 1, 0, 1, 1, 0},
                new int[] {0, 0, 2, 3, 3, 5});
        KtScores fused = scores.fused();
        assertThat(fused.probabilities()).containsExactly(new double[] {0.5, 0.5, 0.7, 0.9, 0.9, 0.3}, within(1e-9));
        assertThat(fused.labels()).isEqualTo(scores.labels());

        KtScores problems = fused.perGroup();
        assertThat(problems.rows()).isEqualTo(4);
        assertThat(problems.probabilities()).containsExactly(new double[] {0.5, 0.7, 0.9, 0.3}, within(1e-9));
        assertThat(problems.labels()).containsExactly(1, 0, 1, 0);
        // every row its own group: fusion changes nothing
        assertThat(new KtScores(new double[] {0.2, 0.8}, new int[] {0, 1}).fused().probabilities())
                .containsExactly(0.2, 0.8);
    }

    @Test
    void theEvaluatorGroupsAProblemsRowsLeakFreeAndNoRowsUnderTheRowsProtocol() {
        // rows: q5 q5 q7 q9 q9 (problems 0 0 1 2 2), and a second learner
        List<KtSequence> learners = List.of(
                new KtSequence("a", new int[] {5, 5, 7, 9, 9}, new int[] {1, 2, 3, 4, 5}, new int[] {1, 1, 0, 1, 1}),
                new KtSequence("b", new int[] {3, 3, 3}, new int[] {1, 2, 3}, new int[] {0, 0, 0}));
        try (NDManager manager = NnEngine.get().newBaseManager()) {
            KtNetwork network = KnowledgeTracerTests.dkt();
            NnEngine.get().setRandomSeed(3);
            KtNetworks.initialize(network, manager);
            int[] leakFree = KtEvaluator.score(network, learners, Protocol.LEAK_FREE, 0, manager).groups();
            assertThat(runs(leakFree)).containsExactly(2, 1, 2, 3);
            int[] rows = KtEvaluator.score(network, learners, Protocol.ROWS, 0, manager).groups();
            assertThat(runs(rows)).containsExactly(1, 1, 1, 1, 1, 1, 1, 1);
        }
    }

    /** Lengths of the runs of equal ids. */
    private static List<Integer> runs(int[] groups) {
        List<Integer> out = new java.util.ArrayList<>();
        int from = 0;
        for (int i = 1; i <= groups.length; i++) {
            if (i == groups.length || groups[i] != groups[from]) {
                out.add(i - from);
                from = i;
            }
        }
        return out;
    }
}
