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

    /**
     * The defaults the ASSISTments evaluation uses: a 200-wide input embedding (N(0, 1), as PyTorch's nn.Embedding)
     * into an LSTM 200, as the reference PyTorch DKT. The one-hot input (embedding 0) is the same model class with
     * one factor fewer and learned far slower at Adam 1e-3 (fold 1, validation AUC 0.710 after two epochs against
     * 0.791).
     */
    public static DktConfig defaults(int skills) {
        return new DktConfig(skills, 200, 200, 0.2f);
    }

    /** Whether the LSTM reads the one-hot (skill, response) directly. */
    public boolean oneHot() {
        return embedding == 0;
    }
}
