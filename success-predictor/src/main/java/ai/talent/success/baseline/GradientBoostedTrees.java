package ai.talent.success.baseline;

import ai.talent.nn.eval.BinaryMetrics;
import ai.talent.nn.eval.Fold;
import ai.talent.nn.eval.Splits;
import ai.talent.nn.tune.BayesianSearch;
import ai.talent.nn.tune.Config;
import ai.talent.nn.tune.ContinuousParam;
import ai.talent.nn.tune.CrossValidatedObjective;
import ai.talent.nn.tune.Direction;
import ai.talent.nn.tune.IntParam;
import ai.talent.nn.tune.LogContinuousParam;
import ai.talent.nn.tune.SearchSpace;
import ai.talent.nn.tune.Tuner;
import ai.talent.nn.tune.TuningResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Gradient-boosted trees (XGBoost4J, natives inside its jar) on the same inputs as the ensemble: the strong
 * tabular baseline. Its hyperparameters are chosen the same way as the ensemble's (Bayesian search under k-fold
 * cross-validated log-loss) and the number of trees by early stopping on a slice of the training rows.
 */
public final class GradientBoostedTrees implements AutoCloseable {

    static final int MAX_ROUNDS = 1000;
    static final int EARLY_STOPPING_ROUNDS = 30;
    static final double STOP_FRACTION = 0.15;

    /** XGBoost's own knobs, named as XGBoost names them. */
    public record Params(double eta, int maxDepth, double minChildWeight, double subsample, double colsample,
                         double lambda) {

        public static Params defaults() {
            return new Params(0.05, 4, 5, 0.8, 0.8, 1);
        }

        public static SearchSpace searchSpace() {
            return SearchSpace.of(new LogContinuousParam("eta", 0.01, 0.3), new IntParam("max_depth", 2, 8),
                    new LogContinuousParam("min_child_weight", 1, 30), new ContinuousParam("subsample", 0.5, 1.0),
                    new ContinuousParam("colsample", 0.3, 1.0), new LogContinuousParam("lambda", 0.1, 30));
        }

        public static Params of(Config c) {
            return new Params(c.getDouble("eta"), c.getInt("max_depth"), c.getDouble("min_child_weight"),
                    c.getDouble("subsample"), c.getDouble("colsample"), c.getDouble("lambda"));
        }

        Map<String, Object> toXgboost(long seed) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("objective", "binary:logistic");
            p.put("eval_metric", "logloss");
            p.put("eta", eta);
            p.put("max_depth", maxDepth);
            p.put("min_child_weight", minChildWeight);
            p.put("subsample", subsample);
            p.put("colsample_bytree", colsample);
            p.put("lambda", lambda);
            p.put("tree_method", "hist");
            p.put("nthread", 1);
            p.put("seed", seed);
            p.put("verbosity", 0);
            // XGBoost4J's own switch for its per-round evaluation lines (printed natively, past any logger)
            p.put("verbose_eval", "false");
            return p;
        }
    }

    /** A tuned model and the tuning behind it. */
    public record Tuned(GradientBoostedTrees model, TuningResult tuning) {
    }

    private final Booster booster;
    private final int trees;
    private final int columns;

    private GradientBoostedTrees(Booster booster, int trees, int columns) {
        this.booster = booster;
        this.trees = trees;
        this.columns = columns;
    }

    /** Fits with the tree count found by early stopping on {@code stopRows} of {@code x}. */
    public static GradientBoostedTrees fit(float[][] x, int[] y, int[] trainRows, int[] stopRows, Params params,
                                           long seed) {
        try {
            DMatrix train = matrix(x, y, trainRows);
            DMatrix stop = matrix(x, y, stopRows);
            try {
                Map<String, DMatrix> watches = new LinkedHashMap<>();
                watches.put("stop", stop);
                Booster booster = XGBoost.train(train, params.toXgboost(seed), MAX_ROUNDS, watches, null, null, null,
                        EARLY_STOPPING_ROUNDS);
                String best = booster.getAttr("best_iteration");
                int trees = best == null ? MAX_ROUNDS : Integer.parseInt(best) + 1;
                return new GradientBoostedTrees(booster, trees, x[0].length);
            } finally {
                train.dispose();
                stop.dispose();
            }
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost failed to train: " + e.getMessage(), e);
        }
    }

    /** Fits on all rows, holding back a seeded slice of them to choose the number of trees. */
    public static GradientBoostedTrees fit(float[][] x, int[] y, Params params, long seed) {
        Fold inner = Splits.holdout(x.length, STOP_FRACTION, seed);
        return fit(x, y, inner.train(), inner.test(), params, seed);
    }

    /** Chooses the parameters by Bayesian search under k-fold cross-validated log-loss, then fits on all rows. */
    public static Tuned tuneAndFit(float[][] x, int[] y, int folds, int trials, long seed) {
        List<Fold> split = Splits.stratifiedKFold(y, folds, seed);
        CrossValidatedObjective objective = new CrossValidatedObjective(config -> new ai.talent.nn.eval.Model() {
            private int[] rows;

            @Override
            public void fit(int[] trainRows) {
                rows = trainRows;
            }

            @Override
            public double[] predict(int[] testRows) {
                Fold inner = Splits.holdout(rows.length, STOP_FRACTION, seed);
                try (GradientBoostedTrees m = GradientBoostedTrees.fit(x, y, pick(rows, inner.train()),
                        pick(rows, inner.test()), Params.of(config), seed)) {
                    return m.probabilities(x, testRows);
                }
            }
        }, split, (rows, p) -> BinaryMetrics.logLoss(p, pick(y, rows)));
        TuningResult tuning = new Tuner(Params.searchSpace(), BayesianSearch.defaults(), Direction.MINIMIZE, trials,
                seed).run(objective);
        Params best = Params.of(tuning.best().orElseThrow(() -> new IllegalStateException(
                "every XGBoost tuning trial failed")).config());
        return new Tuned(fit(x, y, best, seed), tuning);
    }

    public int trees() {
        return trees;
    }

    public double[] probabilities(float[][] x) {
        int[] all = new int[x.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return probabilities(x, all);
    }

    double[] probabilities(float[][] x, int[] rows) {
        float[] flat = new float[rows.length * columns];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(x[rows[i]], 0, flat, i * columns, columns);
        }
        try {
            float[][] out = booster.inplace_predict(flat, rows.length, columns, Float.NaN, new int[] {0, trees});
            double[] p = new double[rows.length];
            for (int i = 0; i < p.length; i++) {
                p[i] = out[i][0];
            }
            return p;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost failed to predict: " + e.getMessage(), e);
        }
    }

    private static DMatrix matrix(float[][] x, int[] y, int[] rows) throws XGBoostError {
        int d = x[0].length;
        float[] flat = new float[rows.length * d];
        float[] labels = new float[rows.length];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(x[rows[i]], 0, flat, i * d, d);
            labels[i] = y[rows[i]];
        }
        DMatrix m = new DMatrix(flat, rows.length, d, Float.NaN);
        m.setLabel(labels);
        return m;
    }

    static int[] pick(int[] values, int[] positions) {
        int[] out = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            out[i] = values[positions[i]];
        }
        return out;
    }

    @Override
    public void close() {
        booster.dispose();
    }
}
