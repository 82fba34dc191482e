package ai.talent.nn.eval;

import java.util.List;
import java.util.function.Supplier;

/** Runs a model through a list of folds: fit on train rows, score on test rows, summarise across folds. */
public final class CrossValidation {

    private CrossValidation() {
    }

    public static Summary evaluate(Supplier<? extends Model> newModel, List<Fold> folds, FoldScorer scorer) {
        if (folds.isEmpty()) {
            throw new IllegalArgumentException("no folds to evaluate");
        }
        double[] scores = new double[folds.size()];
        for (int f = 0; f < folds.size(); f++) {
            Fold fold = folds.get(f);
            Model model = newModel.get();
            model.fit(fold.train());
            double[] predictions = model.predict(fold.test());
            if (predictions.length != fold.test().length) {
                throw new IllegalStateException("model returned " + predictions.length + " predictions for "
                        + fold.test().length + " test rows in fold " + f);
            }
            scores[f] = scorer.score(fold.test(), predictions);
        }
        return Summary.of(scores);
    }
}
