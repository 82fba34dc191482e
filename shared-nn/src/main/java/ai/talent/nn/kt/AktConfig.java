package ai.talent.nn.kt;

/**
 * Shape of an {@link Akt}.
 *
 * @param skills number of skills (ids 1..skills; 0 is "unknown")
 * @param questions number of questions with a difficulty of their own (ids 1..questions; others count as 0,
 *     average difficulty)
 * @param model width of embeddings and attention
 * @param heads attention heads
 * @param feedForward inner width of the feed-forward sublayers
 * @param finalHidden width of the output network's first layer (the second is half of it)
 * @param dropout drop rate in attention, sublayers and the output network (training only)
 * @param span how many earlier rows a row may attend to (0: all); it bounds the online state
 * @param difficultyL2 weight of the L2 penalty on the question parameters (difficulty and logit offset; mean over
 *     the batch's rows): most questions are seen by a handful of learners, so their estimates are shrunk to 0
 * @param questionMatch whether the retriever may learn to attend to earlier rows of the same question (a learned
 *     per-head bonus on their scores)
 * @param recall whether the logit adds a learned term for the response of the most recent earlier row of the same
 *     question the protocol lets the row see: one weight per (that row is the one just before, or further back) ×
 *     (it was answered right, or wrong). Under the rows protocol the row just before is a multi-skill problem's
 *     other row, whose response is the one being predicted; leak-free it can only be an earlier attempt.
 * @param fuse whether the rows predicted together (one multi-skill problem, leak-free or online) share one logit,
 *     the mean of theirs, in training as in prediction: the problem's answer is predicted from the evidence on all
 *     its skills (late fusion). A row predicted alone is unchanged, so the rows protocol is unaffected.
 */
public record AktConfig(int skills, int questions, int model, int heads, int feedForward, int finalHidden,
                        float dropout, int span, float difficultyL2, boolean questionMatch, boolean recall, boolean fuse) {

    public AktConfig {
        if (skills < 1 || questions < 0 || model < 1 || heads < 1 || feedForward < 1 || finalHidden < 2) {
            throw new IllegalArgumentException("AKT sizes must be positive: skills " + skills + ", questions " + questions
                    + ", model " + model + ", heads " + heads + ", feedForward " + feedForward + ", finalHidden " + finalHidden);
        }
        if (model % heads != 0) {
            throw new IllegalArgumentException("model width " + model + " is not a multiple of " + heads + " heads");
        }
        if (dropout < 0 || dropout >= 1 || span < 0 || difficultyL2 < 0) {
            throw new IllegalArgumentException("dropout must be in [0, 1), span and difficultyL2 >= 0, got "
                    + dropout + ", " + span + ", " + difficultyL2);
        }
    }

    /** Without fusion. */
    public AktConfig(int skills, int questions, int model, int heads, int feedForward, int finalHidden, float dropout,
            int span, float difficultyL2, boolean questionMatch, boolean recall) {
        this(skills, questions, model, heads, feedForward, finalHidden, dropout, span, difficultyL2, questionMatch, recall,
                false);
    }

    /** The defaults the ASSISTments evaluation uses. */
    public static AktConfig defaults(int skills, int questions) {
        return new AktConfig(skills, questions, 64, 4, 256, 256, 0.05f, 100, 1e-5f, true, true);
    }
}
