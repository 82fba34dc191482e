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
 * padding (the masked binary cross-entropy skips those). Ids beyond the network's vocabulary become 0
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
        int b = sequences.size();
        int t = sequences.stream().mapToInt(KtSequence::length).max().orElse(0);
        long[] skills = new long[b * t];
        long[] questions = new long[b * t];
        long[] responses = new long[b * t];
        long[] steps = new long[b * t];
        long[] firsts = new long[b * t];
        float[] labels = new float[b * t];
        int rows = 0;
        for (int i = 0; i < b; i++) {
            KtSequence s = sequences.get(i);
            int[] stepOf = protocol.steps(s);
            int first = 0;
            for (int j = 0; j < t; j++) {
                int k = i * t + j;
                if (j < s.length()) {
                    skills[k] = s.skills()[j] <= maxSkill ? s.skills()[j] : 0;
                    questions[k] = s.questions()[j] <= maxQuestion ? s.questions()[j] : 0;
                    responses[k] = s.correct()[j];
                    steps[k] = stepOf[j];
                    if (j > 0 && stepOf[j] != stepOf[j - 1]) {
                        first = j;
                    }
                    firsts[k] = first;
                    labels[k] = s.correct()[j];
                    rows++;
                } else {
                    steps[k] = PADDING_STEP;
                    firsts[k] = j;
                    labels[k] = -1f;
                }
            }
        }
        Shape shape = new Shape(b, t);
        NDList inputs = new NDList(manager.create(skills, shape), manager.create(questions, shape),
                manager.create(responses, shape), manager.create(steps, shape), manager.create(firsts, shape));
        return new KtBatch(inputs, manager.create(labels, shape), rows);
    }
}
