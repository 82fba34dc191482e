package ai.talent.nn.kt;

/**
 * Shape of a {@link Dkt}.
 *
 * @param skills number of skills (ids 1..skills; 0 is "unknown")
 * @param embedding width of the (skill, response) input embedding; at {@code 2·(skills+1)} or more it is as
 *     expressive as the one-hot input of the original DKT
 * @param hidden LSTM state size
 * @param dropout drop rate on the LSTM output before the per-skill output layer (training only)
 */
public record DktConfig(int skills, int embedding, int hidden, float dropout) {

    public DktConfig {
        if (skills < 1 || embedding < 1 || hidden < 1) {
            throw new IllegalArgumentException("skills, embedding and hidden must be positive, got "
                    + skills + ", " + embedding + ", " + hidden);
        }
        if (dropout < 0 || dropout >= 1) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
    }

    /** The defaults the ASSISTments evaluation uses: LSTM 200, as the reference PyTorch DKT. */
    public static DktConfig defaults(int skills) {
        return new DktConfig(skills, 200, 200, 0.2f);
    }
}
