package ai.talent.success.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.nn.eval.BinaryMetrics;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Greedy ensemble selection of the members' configurations from the tuner's out-of-fold logits. */
class MemberSelectionTests {

    static final int N = 4_000;

    /** Labels drawn from a true logit; each candidate sees it through its own error. */
    static double[] truth(Random random) {
        double[] t = new double[N];
        for (int i = 0; i < N; i++) {
            t[i] = 0.5 + 1.2 * random.nextGaussian();
        }
        return t;
    }

    static int[] labels(double[] t, Random random) {
        return Arrays.stream(t).mapToInt(z -> random.nextDouble() < 1 / (1 + Math.exp(-z)) ? 1 : 0).toArray();
    }

    static double[] noisy(double[] t, double sd, Random random) {
        return Arrays.stream(t).map(z -> z + sd * random.nextGaussian()).toArray();
    }

    static double logLoss(double[] logits, int[] y) {
        return BinaryMetrics.logLoss(Arrays.stream(logits).map(SuccessEnsemble::sigmoid).toArray(), y);
    }

    @Test
    void independentErrorsAreAveragedAndACopyOfTheFirstOrNoiseIsNot() {
        Random random = new Random(7);
        double[] t = truth(random);
        int[] y = labels(t, random);
        double[] first = noisy(t, 0.8, random);
        double[] copy = first.clone();
        double[] noise = Arrays.stream(t).map(z -> 3 * random.nextGaussian()).toArray();
        double[] independent = noisy(t, 0.8, random);
        int[] picks = EnsembleTrainer.selectMembers(List.of(first, copy, noise, independent), y, 5);

        assertThat(picks[0]).as("the tuner's choice always leads").isZero();
        assertThat(picks).as("an equally good model with its own errors is averaged in").contains(3);
        assertThat(picks).as("a copy of the first adds nothing (ties keep the earlier candidate)").doesNotContain(1);
        assertThat(picks).as("a model that learned nothing is never taken").doesNotContain(2);

        double[] averaged = new double[N];
        for (int p : picks) {
            for (int i = 0; i < N; i++) {
                averaged[i] += List.of(first, copy, noise, independent).get(p)[i] / picks.length;
            }
        }
        System.out.printf("out-of-fold log-loss: first alone %.4f, selected %s %.4f%n", logLoss(first, y),
                Arrays.toString(picks), logLoss(averaged, y));
        assertThat(logLoss(averaged, y)).isLessThan(logLoss(first, y) - 0.01);
    }

    @Test
    void aSingleCandidateFillsEverySlot() {
        Random random = new Random(3);
        double[] t = truth(random);
        int[] y = labels(t, random);
        assertThat(EnsembleTrainer.selectMembers(List.of(noisy(t, 0.5, random)), y, 5)).containsOnly(0).hasSize(5);
    }

    @Test
    void whenNoOtherCandidateHelpsTheFirstFillsEverySlot() {
        Random random = new Random(11);
        double[] t = truth(random);
        int[] y = labels(t, random);
        double[] best = noisy(t, 0.05, random);
        double[] worse = noisy(t, 2.5, random);
        assertThat(EnsembleTrainer.selectMembers(List.of(best, worse), y, 5)).containsOnly(0);
    }
}
