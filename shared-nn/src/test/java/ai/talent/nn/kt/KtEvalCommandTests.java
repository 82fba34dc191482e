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
