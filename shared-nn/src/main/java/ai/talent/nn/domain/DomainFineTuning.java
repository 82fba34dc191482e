package ai.talent.nn.domain;

import ai.talent.nn.compress.RetrievalScores;
import ai.talent.nn.eval.ScoredPair;
import ai.talent.nn.eval.SentenceSimilarity;
import ai.talent.nn.text.ContrastiveFineTuner;
import ai.talent.nn.text.TextTokenizer;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.Pooling;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The domain fine-tuning loop shared by {@code ./talent train encoder-domain} and the tests: contrastive training of
 * an encoder on {@link DomainPairs} with {@link ContrastiveFineTuner}, hard negatives mined again with the current
 * weights every {@code remineEvery} steps, and checks on train-side data (the dev slice, an STS sample) every
 * {@code checkEvery} steps. The encoder is trained in place.
 */
public final class DomainFineTuning {

    /** How long and how often: steps in all, steps between minings, steps between checks, a wall-time budget. */
    public record Schedule(int steps, int remineEvery, int checkEvery, double maxMinutes) {

        public Schedule {
            if (steps < 1 || remineEvery < 1 || checkEvery < 1 || !(maxMinutes > 0)) {
                throw new IllegalArgumentException("invalid schedule: " + this);
            }
        }
    }

    /** What a check measures; {@code skills} and {@code sts} may be null. */
    public record Checks(RetrievalTask titles, RetrievalTask skills, List<ScoredPair> sts) {
    }

    /** One check: title and skill MRR@10 on the dev slice, STS Spearman on the sample (NaN when not measured). */
    public record Check(int step, double trainLoss, double titleMrr10, double titleRecall10, double skillMrr10,
            double stsSpearman, double seconds) {

        String line() {
            return String.format(Locale.ROOT, "check at step %d: dev title MRR@10 %.4f R@10 %.4f, dev skill MRR@10 "
                    + "%.4f, STS Spearman %.4f (train loss %.4f, %.0f s)", step, titleMrr10, titleRecall10,
                    skillMrr10, stsSpearman, trainLoss, seconds);
        }
    }

    private DomainFineTuning() {
    }

    /**
     * Trains {@code encoder} on the pairs with the recipe; the first check (step 0) measures the encoder as given.
     * {@code onCheck} sees every check as it happens (to print it, write curves, keep the best weights).
     */
    public static List<Check> train(BertEncoder encoder, TextTokenizer tokenizer, DomainPairs pairs, Recipe recipe,
            Schedule schedule, Checks checks, long seed, Consumer<Check> onCheck) {
        long start = System.nanoTime();
        ContrastiveFineTuner tuner = new ContrastiveFineTuner(encoder, tokenizer, Pooling.MEAN, recipe.config(seed));
        List<Check> history = new ArrayList<>();
        Check first = check(tuner::embed, checks, 0, Double.NaN, seconds(start));
        history.add(first);
        onCheck.accept(first);
        int done = 0;
        double[] window = new double[2];
        long[] lastLine = {System.nanoTime()};
        boolean[] stop = {false};
        while (done < schedule.steps() && !stop[0]) {
            long mineStart = System.nanoTime();
            List<ContrastiveFineTuner.Pair> mined = recipe.mined() > 0 ? pairs.mine(tuner::embed, recipe.mined())
                    : pairs.withoutNegatives();
            System.out.printf(Locale.ROOT, "mined hard negatives for %d pairs at step %d (%.0f s)%n", mined.size(), done,
                    seconds(mineStart));
            int offset = done;
            int round = Math.min(schedule.remineEvery(), schedule.steps() - done);
            List<Float> losses = tuner.train(mined, round, (step, total, loss) -> {
                int global = offset + step;
                window[0] += loss;
                window[1]++;
                long now = System.nanoTime();
                double elapsed = seconds(start);
                if (now - lastLine[0] > 15e9 || global == schedule.steps()) {
                    double rate = global / elapsed;
                    System.out.printf(Locale.ROOT, "step %d/%d  loss %.4f  %.3f steps/s  elapsed %.0f s  eta %.0f s%n",
                            global, schedule.steps(), window[0] / window[1], rate, elapsed,
                            (schedule.steps() - global) / Math.max(rate, 1e-9));
                    lastLine[0] = now;
                }
                boolean overTime = elapsed / 60 > schedule.maxMinutes();
                if (global % schedule.checkEvery() == 0 || global == schedule.steps() || overTime) {
                    Check c = check(tuner::embed, checks, global, window[0] / Math.max(1, window[1]), elapsed);
                    window[0] = 0;
                    window[1] = 0;
                    history.add(c);
                    onCheck.accept(c);
                }
                if (overTime) {
                    System.out.printf(Locale.ROOT, "stopping at step %d/%d: the %.1f-minute budget is spent%n", global,
                            schedule.steps(), schedule.maxMinutes());
                    stop[0] = true;
                }
                return !overTime;
            });
            done += losses.size();
        }
        return history;
    }

    /** Measures the checks with an encoder's unit vectors. */
    public static Check check(Function<List<String>, float[][]> embed, Checks checks, int step, double trainLoss,
            double seconds) {
        RetrievalScores titles = checks.titles().score(embed);
        double skills = checks.skills() == null ? Double.NaN : checks.skills().score(embed).mrr10();
        double sts = checks.sts() == null ? Double.NaN : SentenceSimilarity.spearman(embed, checks.sts());
        return new Check(step, trainLoss, titles.mrr10(), titles.recall10(), skills, sts, seconds);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
