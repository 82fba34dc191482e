package ai.talent.matching.train;

import java.util.List;

/**
 * Training of the ranker: candidates per list (the hire, the other applicants, then profiles the towers retrieve
 * for the project that did not apply, up to {@code listSize}; at least {@code retrievedNegatives} of those), the
 * MLP's hidden widths and dropout, the loss ({@code listnet} or {@code ranknet}), AdamW's learning rate, epochs
 * and lists per batch, the share of the latest lists held out to stop early, and the seed.
 */
public record RankerTrainingSettings(int listSize, int retrievedNegatives, List<Integer> hidden, float dropout,
                                     String loss, float learningRate, int epochs, int batchLists,
                                     double validationShare, long seed) {

    public RankerTrainingSettings {
        hidden = List.copyOf(hidden);
        if (listSize < 2 || retrievedNegatives < 0 || retrievedNegatives >= listSize || hidden.isEmpty()
                || dropout < 0 || dropout >= 1 || !(loss.equals("listnet") || loss.equals("ranknet"))
                || learningRate <= 0 || epochs < 1 || batchLists < 1 || validationShare < 0 || validationShare >= 1) {
            throw new IllegalArgumentException("invalid ranker training settings: " + this);
        }
    }

    /** Lists of 16 with at least 4 retrieved non-applicants, MLP 64-32, dropout 0.1, ListNet, lr 2e-3, 60 epochs. */
    public static RankerTrainingSettings defaults() {
        return new RankerTrainingSettings(16, 4, List.of(64, 32), 0.1f, "listnet", 2e-3f, 60, 32, 0.15, 42L);
    }

    public RankerTrainingSettings withEpochs(int n) {
        return new RankerTrainingSettings(listSize, retrievedNegatives, hidden, dropout, loss, learningRate, n,
                batchLists, validationShare, seed);
    }

    public RankerTrainingSettings withLoss(String newLoss) {
        return new RankerTrainingSettings(listSize, retrievedNegatives, hidden, dropout, newLoss, learningRate,
                epochs, batchLists, validationShare, seed);
    }
}
