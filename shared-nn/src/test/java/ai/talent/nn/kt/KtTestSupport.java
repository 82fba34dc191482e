package ai.talent.nn.kt;

import ai.talent.nn.eval.BinaryMetrics;
import java.util.List;

final class KtTestSupport {

    private KtTestSupport() {
    }

    /** AUC of the simulator's true probabilities: the best any model can do on these rows. */
    static double oracleAuc(SimulatedLearners.Data data) {
        return auc(data, data.truth());
    }

    /** AUC of the best prediction that knows a row's skills but not its question. */
    static double skillOracleAuc(SimulatedLearners.Data data) {
        return auc(data, data.skillTruth());
    }

    private static double auc(SimulatedLearners.Data data, List<double[]> truth) {
        int n = data.sequences().stream().mapToInt(KtSequence::length).sum();
        double[] p = new double[n];
        int[] y = new int[n];
        int at = 0;
        for (int i = 0; i < data.sequences().size(); i++) {
            KtSequence s = data.sequences().get(i);
            for (int j = 0; j < s.length(); j++) {
                p[at] = truth.get(i)[j];
                y[at++] = s.correct()[j];
            }
        }
        return BinaryMetrics.rocAuc(p, y);
    }

    static int rows(List<KtSequence> sequences) {
        return sequences.stream().mapToInt(KtSequence::length).sum();
    }
}
