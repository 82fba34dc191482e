package ai.talent.nn.kt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class KtEvalCommandTests {

    @Test
    void aJointRunTrainsOncePerFoldAndModelAndSharesTheTotalBudgetAmongTheRoundsOfJobs() {
        KtEvalCommand.Options joint = KtEvalCommand.parse(new String[] {"--joint", "--jobs", "2", "--total-minutes", "30"});
        assertThat(joint.trainings()).isEqualTo(10);
        // 10 trainings two at a time: 5 rounds of 6 minutes, 80 % of each for training
        assertThat(joint.trainingSeconds()).isCloseTo(288, within(1e-9));

        KtEvalCommand.Options separate = KtEvalCommand.parse(new String[] {"--jobs", "2", "--total-minutes", "30"});
        assertThat(separate.trainings()).isEqualTo(20);
        assertThat(separate.trainingSeconds()).isCloseTo(144, within(1e-9));
    }

    @Test
    void extraSeedsAddTrainingsAndShareTheBudget() {
        KtEvalCommand.Options o = KtEvalCommand.parse(new String[] {"--akt-seeds", "2", "--protocols", "leakfree", "--jobs", "2",
                "--total-minutes", "30"});
        // five folds × (one DKT + two AKT) × one protocol
        assertThat(o.trainings()).isEqualTo(15);
        assertThat(o.seeds("akt")).isEqualTo(2);
        assertThat(o.seeds("dkt")).isEqualTo(1);
        assertThat(o.trainingSeconds()).isCloseTo(0.8 * 30 * 60 / 8, within(1e-9));
    }

    @Test
    void theEnsembleOfAFoldIsTheMeanLogitOfAllItsNetworksAndNeedsTwo() {
        KtScores a = new KtScores(new double[] {0.2, 0.9, 0.6}, new int[] {0, 1, 1}, new int[] {0, 1, 1});
        KtScores b = new KtScores(new double[] {0.8, 0.5, 0.6}, new int[] {0, 1, 1}, new int[] {0, 1, 1});
        java.util.List<KtEvalCommand.Run> runs = java.util.List.of(
                new KtEvalCommand.Run(1, "dkt", 0, Protocol.LEAK_FREE, a.auc(), a.accuracy(), 3, 1, 1, 1, null, a),
                new KtEvalCommand.Run(1, "akt", 0, Protocol.LEAK_FREE, b.auc(), b.accuracy(), 3, 1, 1, 1, null, b),
                new KtEvalCommand.Run(2, "akt", 0, Protocol.LEAK_FREE, b.auc(), b.accuracy(), 3, 1, 1, 1, null, b));
        java.util.List<KtEvalCommand.Run> ensembles = KtEvalCommand.ensembles(runs);
        // fold 2 has one network: no ensemble
        assertThat(ensembles).hasSize(1);
        KtEvalCommand.Run e = ensembles.get(0);
        assertThat(e.model()).isEqualTo(KtEvalCommand.ENSEMBLE);
        // logits -1.386 and +1.386 average to 0
        assertThat(e.scores().probabilities()[0]).isCloseTo(0.5, within(1e-9));
        assertThat(e.fused()).isNotNull();
        assertThat(KtEvalCommand.membersOf(runs.subList(0, 2))).isEqualTo("dkt ×1 + akt ×1");
    }

    @Test
    void withoutATotalBudgetEachTrainingKeepsItsOwn() {
        assertThat(KtEvalCommand.parse(new String[] {"--quick", "--max-minutes", "2"}).trainingSeconds()).isEqualTo(120);
        assertThat(KtEvalCommand.parse(new String[] {"--quick"}).trainingSeconds()).isZero();
    }

    @Test
    void anUnknownOptionIsRefusedWithTheUsage() {
        assertThatThrownBy(() -> KtEvalCommand.parse(new String[] {"--jointly"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--jointly").hasMessageContaining("--total-minutes");
    }
}
