package ai.talent.nn.kt;

import ai.djl.ndarray.NDManager;
import ai.talent.nn.train.Inference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Predicts every row of a set of learners under a protocol, in evaluation mode, in the learners' order. Learners
 * are batched by similar length, with fewer per batch as they get longer (attention memory grows with the square).
 */
public final class KtEvaluator {

    /** Most (sequence × row × row) cells per batch: bounds an attention score tensor to ~16 MB per head. */
    static final long PAIR_BUDGET = 4_000_000L;
    static final int MAX_BATCH = 128;

    private KtEvaluator() {
    }

    /**
     * @param window 0 predicts each row from the learner's whole history; {@code w > 0} restarts the history
     *     every {@code w} rows, as AKT's evaluation did
     */
    public static KtScores score(KtNetwork network, List<KtSequence> sequences, Protocol protocol, int window,
            NDManager parent) {
        List<KtSequence> units = window > 0 ? KtTrainer.windows(sequences, window) : sequences;
        int[] offset = new int[units.size() + 1];
        for (int i = 0; i < units.size(); i++) {
            offset[i + 1] = offset[i] + units.get(i).length();
        }
        Integer[] order = new Integer[units.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> units.get(i).length()));
        double[] p = new double[offset[units.size()]];
        int[] y = new int[p.length];
        int[] group = new int[p.length];
        int from = 0;
        while (from < order.length) {
            int to = from + 1;
            while (to < order.length && to - from < MAX_BATCH
                    && (long) (to - from + 1) * units.get(order[to]).length() * units.get(order[to]).length() <= PAIR_BUDGET) {
                to++;
            }
            List<KtSequence> batch = new ArrayList<>();
            for (int k = from; k < to; k++) {
                batch.add(units.get(order[k]));
            }
            try (NDManager scratch = parent.newSubManager()) {
                KtBatch tensors = KtBatch.of(scratch, batch, protocol, network.skills(), network.questions());
                float[] logits = Inference.forward(network, tensors.inputs()).head().toFloatArray();
                int t = (int) tensors.labels().getShape().get(1);
                for (int i = 0; i < batch.size(); i++) {
                    KtSequence s = batch.get(i);
                    int at = offset[order[from + i]];
                    int[] steps = protocol.steps(s);
                    for (int j = 0; j < s.length(); j++) {
                        // a group id unique over the scored set: rows predicted at one step of one unit
                        group[at + j] = at + steps[j];
                        p[at + j] = 1 / (1 + Math.exp(-logits[i * t + j]));
                        y[at + j] = s.correct()[j];
                    }
                }
            }
            from = to;
        }
        return new KtScores(p, y, group);
    }
}
