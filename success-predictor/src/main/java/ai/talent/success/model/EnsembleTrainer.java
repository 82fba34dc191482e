package ai.talent.success.model;

import ai.talent.nn.eval.BinaryMetrics;
import ai.talent.nn.eval.Calibration;
import ai.talent.nn.eval.Fold;
import ai.talent.nn.eval.Splits;
import ai.talent.nn.eval.TemperatureScaling;
import ai.talent.nn.tune.BayesianSearch;
import ai.talent.nn.tune.Config;
import ai.talent.nn.tune.CrossValidatedObjective;
import ai.talent.nn.tune.Direction;
import ai.talent.nn.tune.Trial;
import ai.talent.nn.tune.Tuner;
import ai.talent.nn.tune.TuningResult;
import ai.talent.nn.text.EncoderSelection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the success model end to end: fits the preprocessing on the training rows, lets shared-nn's Bayesian
 * tuner choose the member's hyperparameters by k-fold cross-validated log-loss (each fold stops early on a
 * slice of its own training rows), trains the ensemble members from different seeds for the epoch count the
 * chosen configuration needed (with {@link Settings#selection()}, the members' configurations are instead chosen from
 * every tuned one by greedy ensemble selection on their out-of-fold logits, {@link #selectMembers}), and fits the
 * calibration on the validation split, which no earlier step saw, together with the members' configurations'
 * out-of-fold logits over every training row (each scored by the fold model that did not train on it, averaged as
 * the members are, then given the members' mean and spread as measured on the validation split; without tuning, on
 * the validation split alone): a temperature that scales the members' logits
 * about the training base rate's logit c, {@code sigmoid(c + (z − c) / T)} (a temperature about 0 would pull a model
 * of a frequent outcome towards one half, an offset fitted on the validation window would follow that window's own
 * base rate).
 */
public final class EnsembleTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(EnsembleTrainer.class);

    /** Share of a fold's training rows held back to stop it early. */
    static final double STOP_FRACTION = 0.15;

    /**
     * @param members        ensemble size (≥ 5 for a usable interval)
     * @param textComponents principal components kept per text embedding
     * @param folds          k of the cross-validation behind the tuner (≥ 2)
     * @param trials         tuner budget; 0 skips tuning and trains {@code base} with early stopping
     * @param base           batch size and epoch budget, and the configuration used when not tuning
     * @param seed           seeds the folds, the tuner, the projection and the members
     * @param encoder        the encoder that embedded the datasets' text columns ({@code EncoderSelection.id()}),
     *                       recorded in the spec ({@link ModelSpec#encoder()})
     * @param selection      members from several tuned configurations ({@link #selectMembers}) instead of all from
     *                       the best one
     */
    public record Settings(int members, int textComponents, int folds, int trials, MlpHyperparameters base,
                           long seed, String encoder, boolean selection) {

        public Settings {
            if (members < 1 || folds < 2 || trials < 0 || textComponents < 0 || encoder == null || encoder.isBlank()) {
                throw new IllegalArgumentException("invalid ensemble settings: " + this);
            }
        }

        public static Settings defaults() {
            return new Settings(5, 16, 3, 12, MlpHyperparameters.defaults(), 17, EncoderSelection.TEACHER_NAME, false);
        }

        public Settings withSelection(boolean on) {
            return new Settings(members, textComponents, folds, trials, base, seed, encoder, on);
        }

        public Settings withEncoder(String id) {
            return new Settings(members, textComponents, folds, trials, base, seed, id, selection);
        }

        public Settings withTrials(int n) {
            return new Settings(members, textComponents, folds, n, base, seed, encoder, selection);
        }

        public Settings withMembers(int n) {
            return new Settings(n, textComponents, folds, trials, base, seed, encoder, selection);
        }

        public Settings withSeed(long s) {
            return new Settings(members, textComponents, folds, trials, base, s, encoder, selection);
        }

        public Settings withBase(MlpHyperparameters h) {
            return new Settings(members, textComponents, folds, trials, h, seed, encoder, selection);
        }
    }

    /**
     * A trained ensemble and how it was chosen.
     *
     * @param validationRaw        the ensemble's validation probabilities before temperature scaling
     * @param validationCalibrated after it
     * @param metrics              validation figures (names as in a registry manifest)
     */
    public record Result(SuccessEnsemble ensemble, TuningResult tuning, MlpHyperparameters chosen, int epochs,
                         double[] validationRaw, double[] validationCalibrated, Map<String, Double> metrics) {
    }

    private EnsembleTrainer() {
    }

    public static Result train(String task, Dataset train, Dataset validation, Settings settings) {
        long start = System.nanoTime();
        Preprocessor preprocessor = Preprocessor.fit(train, settings.textComponents(), settings.seed());
        float[][] x = preprocessor.inputs(train);
        int[] y = train.labels();

        MlpHyperparameters base = settings.base().withBatchFor(y.length);
        MlpHyperparameters chosen = base;
        int epochs;
        TuningResult tuning = null;
        double[] oof = null;
        // each member's configuration, with its epoch count
        List<MlpHyperparameters> memberConfigs = new ArrayList<>();
        // the selected configurations' fold models, [fold][configuration], and each configuration's share of the members
        List<MlpHyperparameters> foldConfigs = List.of();
        List<List<byte[]>> foldModels = List.of();
        double[] foldWeights = null;
        if (settings.trials() > 0) {
            List<Fold> folds = Splits.stratifiedKFold(y, settings.folds(), settings.seed());
            Map<String, List<Integer>> bestEpochs = new ConcurrentHashMap<>();
            Map<String, double[]> oofLogits = new ConcurrentHashMap<>();
            // a configuration's fold models keyed by their fold's first held-out row, so folds line up across them
            Map<String, Map<Integer, byte[]>> foldParams = new ConcurrentHashMap<>();
            CrossValidatedObjective objective = new CrossValidatedObjective(
                    config -> new FoldModel(x, y, base.with(config), settings.seed(),
                            bestEpochs.computeIfAbsent(config.toString(), k -> new ArrayList<>()),
                            oofLogits.computeIfAbsent(config.toString(), k -> new double[y.length]),
                            foldParams.computeIfAbsent(config.toString(), k -> new ConcurrentHashMap<>())),
                    folds, (rows, p) -> BinaryMetrics.logLoss(p, labels(y, rows)));
            tuning = new Tuner(MlpHyperparameters.searchSpace(), BayesianSearch.defaults(), Direction.MINIMIZE,
                    settings.trials(), settings.seed()).run(objective);
            Config best = tuning.best().orElseThrow(() -> new IllegalStateException(
                    "every tuning trial failed; see the log")).config();
            double bestLoss = tuning.best().get().value();
            // the defaults stay a candidate: a short search must not end worse than not searching
            Config defaults = MlpHyperparameters.defaultConfig();
            double defaultLoss = objective.evaluate(defaults);
            if (defaultLoss < bestLoss) {
                best = defaults;
                bestLoss = defaultLoss;
            }
            chosen = base.with(best);
            epochs = median(bestEpochs.get(best.toString()));

            // the members: the chosen configuration first, then greedy ensemble selection over every configuration
            // the cross-validation completed, by the out-of-fold log-loss of the averaged logits
            List<Config> candidates = new ArrayList<>(List.of(best));
            List<Config> tried = new ArrayList<>(tuning.trials().stream().filter(t -> !t.failed())
                    .map(Trial::config).toList());
            tried.add(defaults);
            for (Config c : tried) {
                boolean complete = foldParams.getOrDefault(c.toString(), Map.of()).size() == folds.size();
                if (complete && candidates.stream().noneMatch(k -> k.toString().equals(c.toString()))) {
                    candidates.add(c);
                }
            }
            List<double[]> candidateOof = candidates.stream().map(c -> oofLogits.get(c.toString())).toList();
            int[] picks = settings.selection() ? selectMembers(candidateOof, y, settings.members())
                    : new int[settings.members()];
            oof = new double[y.length];
            for (int pick : picks) {
                double[] o = candidateOof.get(pick);
                for (int i = 0; i < oof.length; i++) {
                    oof[i] += o[i] / picks.length;
                }
            }
            int[] distinct = Arrays.stream(picks).distinct().toArray();
            foldConfigs = Arrays.stream(distinct).mapToObj(pick -> base.with(candidates.get(pick))).toList();
            foldWeights = Arrays.stream(distinct)
                    .mapToDouble(pick -> Arrays.stream(picks).filter(q -> q == pick).count() / (double) picks.length)
                    .toArray();
            foldModels = new ArrayList<>();
            for (int fold : foldParams.get(best.toString()).keySet().stream().sorted().toList()) {
                foldModels.add(Arrays.stream(distinct)
                        .mapToObj(pick -> foldParams.get(candidates.get(pick).toString()).get(fold)).toList());
            }
            for (int pick : picks) {
                Config c = candidates.get(pick);
                memberConfigs.add(base.with(c).withMaxEpochs(Math.max(1, median(bestEpochs.get(c.toString())))));
            }
            LOG.info("{}: tuned {} trials × {} folds, best {} (cv log-loss {}; defaults {}), {} epochs; members from "
                    + "candidates {} of {}", task, settings.trials(), settings.folds(), best,
                    String.format("%.4f", bestLoss), String.format("%.4f", defaultLoss), epochs,
                    Arrays.toString(picks), candidates.size());
        } else {
            Fold inner = Splits.holdout(y.length, STOP_FRACTION, settings.seed());
            epochs = MemberTrainer.train(x, y, inner.train(), inner.test(), null, chosen, settings.seed()).bestEpoch();
            for (int m = 0; m < settings.members(); m++) {
                memberConfigs.add(chosen.withMaxEpochs(Math.max(1, epochs)));
            }
        }

        MlpHyperparameters fixed = chosen.withMaxEpochs(Math.max(1, epochs));
        int[] all = range(y.length);
        List<byte[]> members = new ArrayList<>();
        for (int m = 0; m < settings.members(); m++) {
            members.add(MemberTrainer.train(x, y, all, null, null, memberConfigs.get(m),
                    settings.seed() + 1_000L * (m + 1)).parameters());
        }

        float[][] xVal = preprocessor.inputs(validation);
        float[] baseline = columnMeans(x);
        List<String> inputNames = preprocessor.inputNames(train.tabularNames());
        ModelSpec uncalibrated = new ModelSpec(task, fixed, members.size(), preprocessor, 1.0, 0.0, baseline,
                train.tabularNames(), inputNames, settings.encoder(), memberConfigs);
        double[][] memberLogits;
        try (SuccessEnsemble raw = SuccessEnsemble.fromMembers(uncalibrated, members)) {
            memberLogits = transpose(raw.memberLogits(xVal));
        }
        // softened about the training base rate, not about one half (see TemperatureScaling.fitEnsembleAround)
        double rate = Math.min(Math.max(train.positiveRate(), 1e-3), 1 - 1e-3);
        // fitted on the validation split's ensemble logits and, when the tuner ran, on the chosen configuration's
        // out-of-fold logits over every training row: 513 validation contracts alone gave temperatures of 1.5–1.7
        // where the test markets wanted 1.2–1.35 (README, "Calibration on the out-of-fold logits")
        // those out-of-fold logits first put on the members' scale (the fold models trained on fewer rows and
        // stopped early), measured where both scored the same unseen rows (README, "Out-of-fold logits on the
        // members' scale")
        LogitMap oofMap = LogitMap.IDENTITY;
        if (oof != null && !foldModels.isEmpty()) {
            // each fold's selected models averaged with the members' shares: one "fold ensemble" per fold
            int per = foldConfigs.size();
            List<MlpHyperparameters> hs = new ArrayList<>();
            for (int f = 0; f < foldModels.size(); f++) {
                hs.addAll(foldConfigs);
            }
            List<byte[]> ps = foldModels.stream().flatMap(List::stream).toList();
            ModelSpec foldSpec = new ModelSpec(task, chosen, ps.size(), preprocessor, 1.0, 0.0, baseline,
                    train.tabularNames(), inputNames, settings.encoder(), hs);
            try (SuccessEnsemble foldEnsemble = SuccessEnsemble.fromMembers(foldSpec, ps)) {
                double[][] each = transpose(foldEnsemble.memberLogits(xVal));
                double[][] byFold = new double[foldModels.size()][xVal.length];
                for (int f = 0; f < byFold.length; f++) {
                    for (int j = 0; j < per; j++) {
                        for (int i = 0; i < xVal.length; i++) {
                            byFold[f][i] += foldWeights[j] * each[f * per + j][i];
                        }
                    }
                }
                oofMap = LogitMap.fit(memberLogits, byFold);
            }
            oof = oofMap.apply(oof);
        }
        double[][] fitLogits = oof == null ? memberLogits : withOutOfFold(memberLogits, oof);
        int[] fitLabels = oof == null ? validation.labels()
                : IntStream.concat(Arrays.stream(validation.labels()), Arrays.stream(y)).toArray();
        TemperatureScaling scaling = TemperatureScaling.fitEnsembleAround(fitLogits, fitLabels,
                Math.log(rate / (1 - rate)));
        ModelSpec spec = new ModelSpec(task, fixed, members.size(), preprocessor, scaling.temperature(),
                scaling.offset(), baseline, train.tabularNames(), inputNames, settings.encoder(), memberConfigs);
        SuccessEnsemble ensemble = SuccessEnsemble.fromMembers(spec, members);

        double[] before = TemperatureScaling.identity().ensembleProbabilities(memberLogits);
        double[] after = scaling.ensembleProbabilities(memberLogits);
        int[] yVal = validation.labels();
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("validation.auc", BinaryMetrics.rocAuc(after, yVal));
        metrics.put("validation.logloss", BinaryMetrics.logLoss(after, yVal));
        metrics.put("validation.brier", BinaryMetrics.brier(after, yVal));
        metrics.put("validation.ece", Calibration.expectedCalibrationError(after, yVal, Calibration.DEFAULT_BINS));
        metrics.put("validation.ece_before_scaling",
                Calibration.expectedCalibrationError(before, yVal, Calibration.DEFAULT_BINS));
        metrics.put("temperature", scaling.temperature());
        metrics.put("offset", scaling.offset());
        metrics.put("members", (double) members.size());
        metrics.put("epochs", (double) fixed.maxEpochs());
        metrics.put("train.rows", (double) train.size());
        metrics.put("validation.rows", (double) validation.size());
        metrics.put("calibration.rows", (double) fitLabels.length);
        metrics.put("calibration.oof_scale", oofMap.scale());
        metrics.put("calibration.oof_shift", oofMap.mean() - oofMap.foldMean());
        LOG.info("{}: {} members × {} epochs, T = {}, offset {}, validation {} ({} s)", task, members.size(),
                fixed.maxEpochs(), String.format("%.3f", scaling.temperature()),
                String.format("%.3f", scaling.offset()), metrics, (System.nanoTime() - start) / 1_000_000_000L);
        return new Result(ensemble, tuning, fixed, fixed.maxEpochs(), before, after, metrics);
    }

    /** Cross-validation's view of one configuration: a member trained on the fold, stopped early inside it. */
    private static final class FoldModel implements ai.talent.nn.eval.Model {

        private final float[][] x;
        private final int[] y;
        private final MlpHyperparameters h;
        private final long seed;
        private final List<Integer> bestEpochs;
        private final double[] oof;
        private final Map<Integer, byte[]> params;
        private int[] trainRows;

        FoldModel(float[][] x, int[] y, MlpHyperparameters h, long seed, List<Integer> bestEpochs, double[] oof,
                  Map<Integer, byte[]> params) {
            this.x = x;
            this.y = y;
            this.h = h;
            this.seed = seed;
            this.bestEpochs = bestEpochs;
            this.oof = oof;
            this.params = params;
        }

        @Override
        public void fit(int[] rows) {
            this.trainRows = rows;
        }

        @Override
        public double[] predict(int[] rows) {
            Fold inner = Splits.holdout(trainRows.length, STOP_FRACTION, seed);
            MemberTrainer.Trained trained = MemberTrainer.train(x, y, pick(trainRows, inner.train()),
                    pick(trainRows, inner.test()), rows, h, seed);
            bestEpochs.add(trained.bestEpoch());
            params.put(rows[0], trained.parameters());
            double[] p = new double[rows.length];
            for (int i = 0; i < p.length; i++) {
                p[i] = SuccessEnsemble.sigmoid(trained.scores()[i]);
                oof[rows[i]] = trained.scores()[i];
            }
            return p;
        }
    }

    /**
     * A linear map {@code z ↦ mean + scale · (z − foldMean)} that gives the cross-validation's fold models' logits the
     * mean and spread of the ensemble's mean logit, both measured on the same rows neither saw (the validation split):
     * no labels are read, so the map adds no fitting to the calibration. The fold models trained on (k − 1) / k of
     * the rows (two thirds by default) less the early-stopping slice and were kept at their best epoch, the members
     * on every row; on
     * Kickstarter the fold models' logits spread 4–21 % wider than the ensemble's, so a temperature fitted on them
     * softened the members too much.
     */
    record LogitMap(double foldMean, double mean, double scale) {

        static final LogitMap IDENTITY = new LogitMap(0, 0, 1);

        /**
         * @param memberLogits [member][row] logits of the ensemble's members
         * @param foldLogits   [fold model][row] logits of the fold models on the same rows
         */
        static LogitMap fit(double[][] memberLogits, double[][] foldLogits) {
            int n = memberLogits[0].length;
            double[] ensemble = new double[n];
            for (double[] m : memberLogits) {
                for (int i = 0; i < n; i++) {
                    ensemble[i] += m[i] / memberLogits.length;
                }
            }
            double mean = mean(ensemble);
            double foldMean = 0;
            double foldSd = 0;
            for (double[] f : foldLogits) {
                double m = mean(f);
                foldMean += m / foldLogits.length;
                foldSd += sd(f, m) / foldLogits.length;
            }
            double sd = sd(ensemble, mean);
            if (!(foldSd > 1e-9) || !(sd > 1e-9)) {
                return IDENTITY;
            }
            return new LogitMap(foldMean, mean, sd / foldSd);
        }

        double[] apply(double[] logits) {
            double[] out = new double[logits.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = mean + scale * (logits[i] - foldMean);
            }
            return out;
        }

        private static double mean(double[] v) {
            return Arrays.stream(v).average().orElse(0);
        }

        private static double sd(double[] v, double mean) {
            return Math.sqrt(Arrays.stream(v).map(x -> (x - mean) * (x - mean)).average().orElse(0));
        }
    }

    /**
     * Greedy ensemble selection with replacement (Caruana et al., ICML 2004) over candidate configurations' out-of-fold
     * logits: slot 0 is candidate 0 (the tuner's choice); each further slot takes the candidate whose logits, averaged
     * with those already taken, give the lowest log-loss on the training rows (the first such on a tie). A candidate
     * may fill several slots (members from different seeds); when none helps beside the first, every slot is it.
     *
     * @return the candidate of each slot
     */
    static int[] selectMembers(List<double[]> oof, int[] y, int slots) {
        int n = y.length;
        int[] picks = new int[slots];
        double[] sum = oof.get(0).clone();
        double[] p = new double[n];
        for (int s = 1; s < slots; s++) {
            int bestCandidate = 0;
            double bestLoss = Double.POSITIVE_INFINITY;
            for (int c = 0; c < oof.size(); c++) {
                double[] o = oof.get(c);
                for (int i = 0; i < n; i++) {
                    p[i] = SuccessEnsemble.sigmoid((sum[i] + o[i]) / (s + 1));
                }
                double loss = BinaryMetrics.logLoss(p, y);
                if (loss < bestLoss - 1e-12) {
                    bestLoss = loss;
                    bestCandidate = c;
                }
            }
            picks[s] = bestCandidate;
            double[] o = oof.get(bestCandidate);
            for (int i = 0; i < n; i++) {
                sum[i] += o[i];
            }
        }
        return picks;
    }

    /**
     * The validation rows' member logits followed by the training rows' out-of-fold logits, the latter the same for
     * every member (one cross-validation model scored each row).
     */
    static double[][] withOutOfFold(double[][] memberLogits, double[] oof) {
        int nv = memberLogits[0].length;
        double[][] out = new double[memberLogits.length][nv + oof.length];
        for (int m = 0; m < memberLogits.length; m++) {
            System.arraycopy(memberLogits[m], 0, out[m], 0, nv);
            System.arraycopy(oof, 0, out[m], nv, oof.length);
        }
        return out;
    }

    static int[] labels(int[] y, int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = y[rows[i]];
        }
        return out;
    }

    static int[] pick(int[] rows, int[] positions) {
        int[] out = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            out[i] = rows[positions[i]];
        }
        return out;
    }

    static int[] range(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }

    static int median(List<Integer> values) {
        int[] sorted = values.stream().mapToInt(Integer::intValue).sorted().toArray();
        return sorted.length == 0 ? 1 : sorted[sorted.length / 2];
    }

    static float[] columnMeans(float[][] x) {
        double[] sum = new double[x[0].length];
        for (float[] row : x) {
            for (int j = 0; j < row.length; j++) {
                sum[j] += row[j];
            }
        }
        float[] mean = new float[sum.length];
        for (int j = 0; j < mean.length; j++) {
            mean[j] = (float) (sum[j] / x.length);
        }
        return mean;
    }

    static double[][] transpose(float[][] rowsByMembers) {
        int members = rowsByMembers[0].length;
        double[][] out = new double[members][rowsByMembers.length];
        for (int i = 0; i < rowsByMembers.length; i++) {
            for (int m = 0; m < members; m++) {
                out[m][i] = rowsByMembers[i][m];
            }
        }
        return out;
    }
}
