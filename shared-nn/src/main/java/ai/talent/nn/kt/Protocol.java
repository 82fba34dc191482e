package ai.talent.nn.kt;

/**
 * What a prediction for a row may see.
 *
 * <p>{@link #ROWS} is the folds' own protocol as the AKT paper used it: every row is predicted from all the
 * rows before it, so the second row of a multi-skill problem is predicted after the first row's response,
 * which is the same response (the problem's answer leaks into its own prediction).
 *
 * <p>{@link #LEAK_FREE} predicts the rows of one problem together, from the history before that problem only,
 * as a tutor must: the answer is not known before the problem is attempted.
 */
public enum Protocol {
    ROWS("rows"),
    LEAK_FREE("leakfree");

    private final String key;

    Protocol(String key) {
        this.key = key;
    }

    /** The name used in report keys ({@code dkt.rows.auc}, {@code akt.leakfree.auc}). */
    public String key() {
        return key;
    }

    /**
     * Per row, the step its prediction is made at: the row index under {@link #ROWS}, the problem index under
     * {@link #LEAK_FREE}. A row may see exactly the rows whose step is smaller than its own.
     */
    public int[] steps(KtSequence sequence) {
        if (this == LEAK_FREE) {
            return sequence.problems();
        }
        int[] steps = new int[sequence.length()];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = i;
        }
        return steps;
    }
}
