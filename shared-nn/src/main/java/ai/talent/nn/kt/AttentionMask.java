package ai.talent.nn.kt;

import ai.djl.ndarray.NDArray;

/**
 * Which keys each query of a {@link MonotonicAttention} sees and how far they are, prepared once and shared by
 * the layers that use the same mask. All arrays broadcast to {@code [B, heads, Tq, Tk]}.
 *
 * @param bias 0 where a query sees a key, a large negative number where it does not (added to the scores)
 * @param distance {@code |t − τ|} between query and key positions
 * @param anyKey 1 for queries that see at least one key, 0 for those that see none ({@code [., 1, Tq, 1]}); null
 *     when every query sees a key
 * @param sameQuestion 1 where query and key rows are the same (known) question, else 0; null when not used
 */
record AttentionMask(NDArray bias, NDArray distance, NDArray anyKey, NDArray sameQuestion) {

    /** Added to the scores of keys a query may not see: exp of it is exactly 0 in float. */
    static final float HIDDEN = -1e9f;

    /**
     * @param visible 1 where a query may see a key, else 0
     * @param everyQuerySees whether each query sees at least one key (then {@code anyKey} is not needed)
     */
    static AttentionMask of(NDArray visible, NDArray distance, boolean everyQuerySees) {
        NDArray bias = visible.sub(1f).muli(-HIDDEN);
        NDArray anyKey = everyQuerySees ? null : visible.max(new int[] {-1}, true);
        return new AttentionMask(bias, distance, anyKey, null);
    }

    /** This mask with a same-question indicator for the attention's question-match bonus. */
    AttentionMask withSameQuestion(NDArray same) {
        return new AttentionMask(bias, distance, anyKey, same);
    }
}
