package ai.talent.nn.block;

/** The recurrent cell of a {@link SequenceModel}. */
public enum RecurrentCell {
    LSTM,
    GRU
}
