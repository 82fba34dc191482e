package ai.talent.nn.tune;

import ai.talent.nn.eval.CrossValidation;
import ai.talent.nn.eval.Fold;
import ai.talent.nn.eval.FoldScorer;
import ai.talent.nn.eval.Model;
import ai.talent.nn.eval.Summary;
import java.util.List;
import java.util.function.Function;

/**
 * An objective that scores a config by k-fold cross-validation: a fresh model per fold built from
 * the config, the mean fold score as the value. The same folds are used for every config, so
 * configs are compared on equal terms.
 */
public record CrossValidatedObjective(Function<Config, Model> modelFactory, List<Fold> folds, FoldScorer scorer)
        implements Objective {

    @Override
    public double evaluate(Config config) {
        return summary(config).mean();
    }

    /** Mean and spread of the fold scores, e.g. to report the best config's uncertainty. */
    public Summary summary(Config config) {
        return CrossValidation.evaluate(() -> modelFactory.apply(config), folds, scorer);
    }
}
