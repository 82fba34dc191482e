package ai.talent.nn.kt;

import ai.talent.nn.eval.BinaryMetrics;
import java.util.List;

final class KtTestSupport {

    private KtTestSupport() {
    }

    /** AUC of the simulator's true probabilities: the best any model can do on these rows. */
    static double oracleAuc(SimulatedLearners.Data data) {
        int n = data.sequences().stream().mapToInt(KtSequence::length).sum();
        double[] p = new double[n];
        int[] y = new int[n];
        int at = 0;
        for (int i = 0; i < data.sequences().size(); i++) {
            KtSequence s = data.sequences().get(i);
            for (int j = 0; j < s.length(); j++) {
                p[at] = data.truth().get(i)[j];
                y[at++] = s.correct()[j];
            }
        }
        return BinaryMetrics.rocAuc(p, y);
    }

    static int rows(List<KtSequence> sequences) {
        return sequences.stream().mapToInt(KtSequence::length).sum();
    }
}
