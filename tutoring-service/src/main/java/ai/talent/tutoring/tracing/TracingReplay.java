package ai.talent.tutoring.tracing;

import ai.talent.nn.eval.BinaryMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Simulated learners replayed online to a model, as the service traces them: each attempt predicted from the
 * state before it, then observed. Scores AUC and the mean absolute error of the mastery of the attempt's skills
 * (before it) against the simulator's stored true mastery, and, beside them, the simulator's oracle (the true
 * probability of a right answer).
 */
public final class TracingReplay {

    /** Figures of one replay; {@code groupAuc} is the AUC of each of five learner groups (for a spread). */
    public record Scores(double auc, double masteryMae, double[] groupAuc, int attempts) {
    }

    private TracingReplay() {
    }

    public static Scores model(MasteryModel model, List<SimulatedLearners.Learner> learners) {
        List<double[]> rows = new ArrayList<>();
        double errorSum = 0;
        int errors = 0;
        for (int i = 0; i < learners.size(); i++) {
            TraceState state = model.start();
            for (SimulatedLearners.TracedAttempt a : learners.get(i).attempts()) {
                MasteryVector mastery = model.mastery(state);
                rows.add(new double[] {model.predict(mastery, a.attempt().exerciseId(), a.attempt().skillIds()), a.attempt().correct() ? 1 : 0,
                        i % 5});
                for (var truth : a.trueMastery().entrySet()) {
                    errorSum += Math.abs(mastery.of(truth.getKey(), 0.5) - truth.getValue());
                    errors++;
                }
                state = model.observe(state, a.attempt().skillIds(), a.attempt().correct());
            }
        }
        return scores(rows, errors == 0 ? Double.NaN : errorSum / errors);
    }

    public static Scores oracle(List<SimulatedLearners.Learner> learners) {
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < learners.size(); i++) {
            for (SimulatedLearners.TracedAttempt a : learners.get(i).attempts()) {
                rows.add(new double[] {a.oracle(), a.attempt().correct() ? 1 : 0, i % 5});
            }
        }
        return scores(rows, 0);
    }

    private static Scores scores(List<double[]> rows, double mae) {
        double[] groups = new double[5];
        for (int g = 0; g < 5; g++) {
            int group = g;
            groups[g] = auc(rows.stream().filter(r -> r[2] == group).toList());
        }
        return new Scores(auc(rows), mae, groups, rows.size());
    }

    private static double auc(List<double[]> rows) {
        double[] p = new double[rows.size()];
        int[] y = new int[rows.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = rows.get(i)[0];
            y[i] = (int) rows.get(i)[1];
        }
        return BinaryMetrics.rocAuc(p, y);
    }

    /** Sample standard deviation. */
    public static double std(double[] values) {
        double mean = java.util.Arrays.stream(values).average().orElse(Double.NaN);
        double ss = java.util.Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
        return Math.sqrt(ss / (values.length - 1));
    }
}
