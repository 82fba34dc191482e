package ai.talent.nn.kt;

/**
 * Shape of a {@link Dkt}.
 *
 * @param skills number of skills (ids 1..skills; 0 is "unknown")
 * @param embedding 0 for the one-hot (skill, response) input of the original DKT (and of the reference PyTorch
 *     DKT); else the width of a learned input embedding, one more layer in front of the LSTM
 * @param hidden LSTM state size
 * @param dropout drop rate on the LSTM output before the per-skill output layer (training only)
 */
public record DktConfig(int skills, int embedding, int hidden, float dropout) {

    public DktConfig {
        if (skills < 1 || embedding < 0 || hidden < 1) {
            throw new IllegalArgumentException("skills and hidden must be positive and embedding >= 0, got "
                    + skills + ", " + embedding + ", " + hidden);
        }
        if (dropout < 0 || dropout >= 1) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
    }

    /** The defaults the ASSISTments evaluation uses: one-hot input into an LSTM 200, as the reference PyTorch DKT. */
    public static DktConfig defaults(int skills) {
        return new DktConfig(skills, 0, 200, 0.2f);
    }

    /** Whether the LSTM reads the one-hot (skill, response) directly. */
    public boolean oneHot() {
        return embedding == 0;
    }
}
