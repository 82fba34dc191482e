package ai.talent.nn.text;

/** Token ids, type ids and attention mask of a batch, right-padded to a common length. */
public record TokenBatch(long[][] ids, long[][] typeIds, long[][] mask) {

    /** Number of sequences. */
    public int size() {
        return ids.length;
    }

    /** Padded length. */
    public int length() {
        return ids.length == 0 ? 0 : ids[0].length;
    }
}
