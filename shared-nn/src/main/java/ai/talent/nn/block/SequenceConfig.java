package ai.talent.nn.block;

/**
 * Shape of a {@link SequenceModel}.
 *
 * @param cell LSTM or GRU
 * @param vocabulary number of distinct input ids; 0 means the input is already a float tensor
 *     {@code [batch, time, features]} rather than ids {@code [batch, time]}
 * @param embedding embedding width when {@code vocabulary > 0}
 * @param hidden recurrent state size
 * @param layers stacked recurrent layers
 * @param dropout drop rate between stacked layers (ignored by the cell for a single layer)
 * @param lastStepOnly emit only the final time step ({@code [batch, hidden]}) instead of every step
 */
public record SequenceConfig(
        RecurrentCell cell, int vocabulary, int embedding, int hidden, int layers, float dropout, boolean lastStepOnly) {

    public SequenceConfig {
        if (hidden <= 0 || layers <= 0) {
            throw new IllegalArgumentException("hidden size and layers must be positive, got " + hidden + ", " + layers);
        }
        if (vocabulary < 0 || (vocabulary > 0 && embedding <= 0)) {
            throw new IllegalArgumentException(
                    "with ids (vocabulary " + vocabulary + ") the embedding width must be positive, got " + embedding);
        }
        if (dropout < 0 || dropout >= 1) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
    }

    /** One layer over float inputs, emitting every step. */
    public static SequenceConfig dense(RecurrentCell cell, int hidden) {
        return new SequenceConfig(cell, 0, 0, hidden, 1, 0f, false);
    }

    /** One layer over id inputs (ids → embeddings → cell), emitting every step. */
    public static SequenceConfig ids(RecurrentCell cell, int vocabulary, int embedding, int hidden) {
        return new SequenceConfig(cell, vocabulary, embedding, hidden, 1, 0f, false);
    }

    public SequenceConfig withLastStepOnly(boolean last) {
        return new SequenceConfig(cell, vocabulary, embedding, hidden, layers, dropout, last);
    }
}
