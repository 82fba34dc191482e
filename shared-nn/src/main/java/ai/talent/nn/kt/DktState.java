package ai.talent.nn.kt;

/**
 * DKT's state: the LSTM's hidden and cell vectors after the rows seen so far.
 *
 * @param h hidden state {@code [hidden]}
 * @param c cell state {@code [hidden]}
 */
public record DktState(int rows, float[] h, float[] c) implements KtState {
}
