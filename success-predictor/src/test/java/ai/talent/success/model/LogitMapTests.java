package ai.talent.success.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The map that puts the cross-validation's fold-model logits on the ensemble members' scale. */
class LogitMapTests {

    @Test
    void foldLogitsWiderAndShiftedAreMappedOntoTheEnsemblesMeanAndSpread() {
        Random random = new Random(5);
        int n = 400;
        double[][] members = new double[5][n];
        double[] truth = new double[n];
        for (int i = 0; i < n; i++) {
            truth[i] = 0.8 + random.nextGaussian();
            for (int m = 0; m < members.length; m++) {
                members[m][i] = truth[i];
            }
        }
        // three fold models, each 30 % more confident and 0.2 lower than the members on the same rows
        double[][] folds = new double[3][n];
        for (double[] f : folds) {
            for (int i = 0; i < n; i++) {
                f[i] = 1.3 * (truth[i] - 0.8) + 0.6;
            }
        }
        EnsembleTrainer.LogitMap map = EnsembleTrainer.LogitMap.fit(members, folds);
        assertThat(map.scale()).isCloseTo(1 / 1.3, within(1e-9));
        double[] mapped = map.apply(folds[0]);
        for (int i = 0; i < n; i++) {
            assertThat(mapped[i]).isCloseTo(truth[i], within(1e-9));
        }
    }

    @Test
    void constantLogitsLeaveTheFoldLogitsAsTheyAre() {
        double[][] members = {{0.5, 0.5, 0.5}};
        double[][] folds = {{0.1, 0.2, 0.3}};
        EnsembleTrainer.LogitMap map = EnsembleTrainer.LogitMap.fit(members, folds);
        assertThat(map).isEqualTo(EnsembleTrainer.LogitMap.IDENTITY);
        assertThat(map.apply(new double[] {1.5})).containsExactly(1.5);
    }
}
