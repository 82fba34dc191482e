package ai.talent.nn.kt;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;

/**
 * Sequences padded at the end to one length {@code T}, as the inputs every {@link KtNetwork} takes
 * ({@code [B, T]} int64 each): skill ids, question ids, responses, each row's step under the protocol (the
 * row may see the rows of smaller steps) and the first row of its step. Labels are the 0/1 responses, −1 on
 * padding (the masked binary cross-entropy skips those); {@code rows} counts a batch's real rows once. Ids beyond the network's vocabulary become 0
 * ("unknown").
 */
public record KtBatch(NDList inputs, NDArray labels, int rows) {

    public static final int SKILLS = 0;
    public static final int QUESTIONS = 1;
    public static final int RESPONSES = 2;
    public static final int STEPS = 3;
    public static final int FIRSTS = 4;

    /** Step given to padding rows: after every real row, so no real row ever sees them. */
    static final long PADDING_STEP = Integer.MAX_VALUE;

    public static KtBatch of(NDManager manager, List<KtSequence> sequences, Protocol protocol, int maxSkill,
            int maxQuestion) {
        return of(manager, sequences, List.of(protocol), maxSkill, maxQuestion);
    }

    /**
     * A batch predicted under several protocols at once (one training serving both): the inputs carry one
     * (steps, firsts) pair per protocol after the responses, and the network returns the protocols' logits side
     * by side ({@code [B, P·T]}); the labels repeat accordingly.
     */
    public static KtBatch of(NDManager manager, List<KtSequence> sequences, List<Protocol> protocols, int maxSkill,
            int maxQuestion) {
        int b = sequences.size();
        int t = sequences.stream().mapToInt(KtSequence::length).max().orElse(0);
        int p = protocols.size();
        long[] skills = new long[b * t];
        long[] questions = new long[b * t];
        long[] responses = new long[b * t];
        long[][] steps = new long[p][b * t];
        long[][] firsts = new long[p][b * t];
        float[] labels = new float[b * p * t];
        int rows = 0;
        for (int i = 0; i < b; i++) {
            KtSequence s = sequences.get(i);
            for (int j = 0; j < t; j++) {
                int k = i * t + j;
                boolean real = j < s.length();
                if (real) {
                    skills[k] = s.skills()[j] <= maxSkill ? s.skills()[j] : 0;
                    questions[k] = s.questions()[j] <= maxQuestion ? s.questions()[j] : 0;
                    responses[k] = s.correct()[j];
                    rows++;
                }
                for (int q = 0; q < p; q++) {
                    labels[(i * p + q) * t + j] = real ? s.correct()[j] : -1f;
                }
            }
            for (int q = 0; q < p; q++) {
                int[] stepOf = protocols.get(q).steps(s);
                int first = 0;
                for (int j = 0; j < t; j++) {
                    int k = i * t + j;
                    if (j < s.length()) {
                        steps[q][k] = stepOf[j];
                        if (j > 0 && stepOf[j] != stepOf[j - 1]) {
                            first = j;
                        }
                        firsts[q][k] = first;
                    } else {
                        steps[q][k] = PADDING_STEP;
                        firsts[q][k] = j;
                    }
                }
            }
        }
        Shape shape = new Shape(b, t);
        NDList inputs = new NDList(manager.create(skills, shape), manager.create(questions, shape),
                manager.create(responses, shape));
        for (int q = 0; q < p; q++) {
            inputs.add(manager.create(steps[q], shape));
            inputs.add(manager.create(firsts[q], shape));
        }
        return new KtBatch(inputs, manager.create(labels, new Shape(b, (long) p * t)), rows);
    }

    /** How many protocols a batch's inputs are predicted under. */
    static int protocols(NDList inputs) {
        return (inputs.size() - STEPS) / 2;
    }

    /** The steps of the {@code p}-th protocol. */
    static NDArray steps(NDList inputs, int p) {
        return inputs.get(STEPS + 2 * p);
    }

    /** The first rows of the steps of the {@code p}-th protocol. */
    static NDArray firsts(NDList inputs, int p) {
        return inputs.get(FIRSTS + 2 * p);
    }
}
