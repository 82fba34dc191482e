package ai.talent.success.evaluation;

import ai.talent.nn.eval.TemperatureScaling;
import ai.talent.nn.eval.BinaryMetrics;
import ai.talent.nn.eval.Calibration;
import ai.talent.nn.eval.LogisticRegression;
import ai.talent.nn.eval.ReliabilityDiagram;
import ai.talent.success.baseline.GradientBoostedTrees;
import ai.talent.nn.text.EncoderChoice;
import ai.talent.nn.text.EncoderSelection;
import ai.talent.sim.harness.HarnessConfig;
import ai.talent.sim.harness.ScoringHarness;
import ai.talent.sim.harness.SuccessTask;
import ai.talent.sim.harness.TaskReport;
import ai.talent.success.evaluation.sim.HarnessContracts;
import ai.talent.success.feature.ContractReplay;
import ai.talent.success.feature.EncoderEmbedder;
import ai.talent.success.feature.Feature;
import ai.talent.success.feature.FeatureSettings;
import ai.talent.success.feature.FeatureVector;
import ai.talent.success.feature.MiniLmEmbedder;
import ai.talent.success.feature.SuccessEncoders;
import ai.talent.success.feature.SuccessFeatures;
import ai.talent.success.feature.TextEmbedder;
import ai.talent.success.model.Dataset;
import ai.talent.success.model.EnsembleTrainer;
import ai.talent.success.model.SuccessEnsemble;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * {@code ./talent eval success}: the ensemble beside logistic regression and XGBoost on the same features and
 * split, on Kickstarter (real launches, published reference beside) and on a simulated marketplace (beside
 * the oracle). Prints readable lines and ends with one JSON line of figures.
 */
public final class SuccessEvaluation {

    /** Etter, Grossglauser and Thiran (COSN 2013): ~76 % accuracy from launch-time data, their own collection. */
    static final double ETTER_ACCURACY = 0.76;
    /** Share of the training period (latest launches / contracts) held out to fit the temperature. */
    static final double VALIDATION_SHARE = 0.15;

    private final EvalOptions options;
    private final Map<String, Object> figures = new LinkedHashMap<>();

    SuccessEvaluation(EvalOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        if (Arrays.asList(args).contains("-h") || Arrays.asList(args).contains("--help")) {
            System.out.print(EvalOptions.USAGE);
            return;
        }
        EvalOptions options;
        try {
            options = EvalOptions.parse(args);
            if (options.kickstarter() && !Files.isRegularFile(options.data())) {
                KickstarterData.read(options.data());
            }
        } catch (IllegalArgumentException e) {
            System.err.println("eval success: " + e.getMessage());
            System.err.print(EvalOptions.USAGE);
            System.exit(2);
            return;
        }
        new SuccessEvaluation(options).run();
        System.exit(0);
    }

    /** The encoder of the text columns, recorded in the ensembles' specs. */
    private String encoderId = ai.talent.nn.text.EncoderSelection.TEACHER_NAME;

    void run() throws Exception {
        Files.createDirectories(options.reports());
        EncoderSelection selection = EncoderSelection.resolve(EncoderChoice.parse(options.encoder()),
                options.registry());
        Path cache = options.embeddingCache();
        if (!selection.isTeacher() && EvalOptions.DEFAULT_CACHE.equals(cache)) {
            cache = cache.resolveSibling("success-" + selection.id().replaceAll("[^A-Za-z0-9.-]+", "-") + "-"
                    + MiniLmEmbedder.MAX_TOKENS + ".bin");
        }
        System.out.printf(Locale.ROOT, "   texts embedded by %s (encoder choice %s)%n", selection.id(),
                options.encoder());
        figures.put("encoder", selection.id());
        encoderId = selection.id();
        try (EncoderEmbedder encoder = SuccessEncoders.open(selection, 50_000);
             EmbeddingCache embedder = new EmbeddingCache(encoder, cache)) {
            if (embedder.size() > 0) {
                System.out.printf(Locale.ROOT, "   %d text embeddings read from %s%n", embedder.size(), cache);
            }
            if (options.kickstarter()) {
                kickstarter(embedder);
            }
            if (options.simulated()) {
                simulated(embedder);
            }
        }
        String line = new ObjectMapper().writeValueAsString(figures);
        Files.writeString(options.reports().resolve("eval-success.json"), line + "\n");
        System.out.println(line);
    }

    void kickstarter(TextEmbedder embedder) throws IOException {
        List<KickstarterProject> all = KickstarterData.read(options.data());
        List<KickstarterProject> history = new ArrayList<>(all.stream().filter(p -> p.launched().getYear() <= 2015)
                .sorted(Comparator.comparing(KickstarterProject::launched)).toList());
        List<KickstarterProject> test = all.stream().filter(p -> p.launched().getYear() == 2016).toList();
        int cut = (int) Math.round(history.size() * (1 - VALIDATION_SHARE));
        List<KickstarterProject> train = history.subList(0, cut);
        List<KickstarterProject> validation = history.subList(cut, history.size());
        System.out.printf(Locale.ROOT, "== Kickstarter (%s): %d launches 2009–2015 (%d train, %d temperature split from"
                + " %s on), %d launches in 2016 to test%n", options.data(), history.size(), train.size(),
                validation.size(), validation.get(0).launched().toLocalDate(), test.size());
        KickstarterFeatures features = KickstarterFeatures.fit(train);
        long start = System.nanoTime();
        List<String> names = all.stream().map(KickstarterProject::name).toList();
        embedder.embed(names);
        System.out.printf(Locale.ROOT, "   %d features + the name's MiniLM embedding (%d names embedded in %.1f s)%n",
                features.names().size(), names.size(), (System.nanoTime() - start) / 1e9);
        Dataset trainSet = kickstarterSet(features, train, embedder);
        Dataset validationSet = kickstarterSet(features, validation, embedder);
        Dataset testSet = kickstarterSet(features, test, embedder);
        Comparison c = compare("kickstarter", trainSet, validationSet, testSet);
        double baseRate = trainSet.positiveRate();
        double baseBrier = brierOfConstant(baseRate, testSet.labels());
        figures.put("kickstarter.baserate.brier", ScoreCard.round(baseBrier));
        figures.put("kickstarter.test.positive_rate", ScoreCard.round(testSet.positiveRate()));
        figures.put("kickstarter.published.etter2013.accuracy", ETTER_ACCURACY);
        System.out.printf(Locale.ROOT, "   base rate (train %.3f, 2016 %.3f): Brier %.4f; published beside: Etter et al."
                + " (COSN 2013) ~%.0f %% accuracy from launch-time data on their own collection (a different set of"
                + " projects and years: loosely comparable only)%n", baseRate, testSet.positiveRate(), baseBrier,
                ETTER_ACCURACY * 100);
        c.print();
        writeKickstarterPredictions(options.reports().resolve("kickstarter-test-predictions.csv"), test, c.trained());
    }

    /**
     * Every 2016 launch's outcome beside each model's probability (the ensemble's also before calibration), in the
     * test rows' order: what a reliability or drift study beyond the printed figures reads. Derived from the data
     * file at run time, written under the reports folder (target/), never committed.
     */
    static void writeKickstarterPredictions(Path file, List<KickstarterProject> test, Trained t) throws IOException {
        StringBuilder csv = new StringBuilder("launched,label,ensemble,ensemble_before_calibration,logistic,xgboost\n");
        for (int i = 0; i < test.size(); i++) {
            csv.append(test.get(i).launched().toLocalDate()).append(',').append(test.get(i).successful() ? 1 : 0);
            for (double[] p : new double[][] {t.ensemble(), t.ensembleUnscaled(), t.logistic(), t.xgboost()}) {
                csv.append(',').append(String.format(Locale.ROOT, "%.6f", p[i]));
            }
            csv.append('\n');
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, csv);
    }

    void simulated(TextEmbedder embedder) throws IOException {
        HarnessConfig config = options.harnessConfig();
        System.out.printf(Locale.ROOT, "== simulated marketplace through the simulator's scoring harness: training seeds"
                + " %s, test seeds %s (%d freelancers, %d projects each; time cut at %.0f %% of each history)%n",
                config.trainSeeds(), config.testSeeds(), config.market().freelancers(), config.market().projects(),
                config.trainShare() * 100);
        long start = System.nanoTime();
        ScoringHarness harness = ScoringHarness.build(config, 2, seed -> { });
        SuccessTask task = harness.success();
        HarnessContracts.Rows trainRows = HarnessContracts.training(task);
        HarnessContracts.Rows testRows = HarnessContracts.test(task);
        System.out.printf(Locale.ROOT, "   %d markets simulated, %d of the harness's %d training contracts mature"
                + " (awarded ≥ %.2f × their planned duration before the cut), %d test contracts replayed (%.0f s)%n",
                config.trainSeeds().size() + config.testSeeds().size(), trainRows.size(), task.train().size(),
                HarnessContracts.MATURITY, testRows.size(), (System.nanoTime() - start) / 1e9);
        SuccessFeatures features = new SuccessFeatures(FeatureSettings.defaults());
        start = System.nanoTime();
        Dataset all = simDataset(trainRows, features, embedder);
        Dataset test = simDataset(testRows, features, embedder);
        System.out.printf(Locale.ROOT, "   features and text embeddings of %d contracts (%.0f s)%n",
                all.size() + test.size(), (System.nanoTime() - start) / 1e9);
        // rows are in award order: the latest share of the training period fits the temperature
        int cut = (int) Math.round(all.size() * (1 - VALIDATION_SHARE));
        Dataset train = all.rows(IntStream.range(0, cut).toArray());
        Dataset validation = all.rows(IntStream.range(cut, all.size()).toArray());
        System.out.printf(Locale.ROOT, "   %d contracts to train, %d (the latest) for the temperature, %d to test%n",
                train.size(), validation.size(), test.size());
        Trained t = train("sim", train, validation, test);
        Map<String, Map<String, Double>> models = new LinkedHashMap<>();
        models.put("ensemble", byItem(testRows, t.ensemble()));
        models.put(SIM_LOGISTIC, byItem(testRows, t.logistic()));
        models.put("xgboost", byItem(testRows, t.xgboost()));
        TaskReport report = task.report(models);
        report.print(System.out);
        report.figures().forEach((k, v) -> figures.put("sim." + k, ScoreCard.round(v)));
        double oracleAuc = report.primary(TaskReport.ORACLE).value();
        double statedAuc = report.primary(SuccessTask.ORACLE_STATED).value();
        double reliabilityAuc = report.primary(SuccessTask.ORACLE_STATED_RELIABILITY).value();
        double profileAuc = report.primary(SuccessTask.ORACLE_PROFILE).value();
        System.out.printf(Locale.ROOT, "   the truth without its hidden terms (reliability, compatibility, client quality):"
                + " AUC %.3f; the same on the declared skill levels %.3f; with the reliability %.3f; the whole truth"
                + " %.3f%n", statedAuc, profileAuc, reliabilityAuc, oracleAuc);
        for (String model : models.keySet()) {
            double auc = report.primary(model).value();
            figures.put("sim." + model + ".success.oracle_auc_share", ScoreCard.round(auc / oracleAuc));
            figures.put("sim." + model + ".success.oracle_stated_auc_share", ScoreCard.round(auc / statedAuc));
            System.out.printf(Locale.ROOT, "   %-10s AUC %.3f = %.3f of the oracle's %.3f, %.3f of the stated facts' %.3f;"
                    + " headroom over the harness's structured logistic closed %s%n", model, auc, auc / oracleAuc,
                    oracleAuc, auc / statedAuc, statedAuc, report.headroomClosed(model).describe());
        }
        Map<String, Map<String, Double>> written = new LinkedHashMap<>(models);
        written.put("ensemble_before_calibration", byItem(testRows, t.ensembleUnscaled()));
        writePredictions(options.reports().resolve("sim-test-predictions.csv"), testRows, task.testOutcomes(),
                task.references(), written);
        Map<String, double[]> pooled = task.pooledCalibration(models);
        StringBuilder line = new StringBuilder();
        pooled.forEach((system, e) -> {
            line.append(String.format(Locale.ROOT, "%s%s %.3f [%.3f, %.3f]", line.isEmpty() ? "" : ", ", system,
                    e[0], e[1], e[2]));
            figures.put("sim." + system + ".success.ece_pooled", ScoreCard.round(e[0]));
            figures.put("sim." + system + ".success.ece_pooled.lo", ScoreCard.round(e[1]));
            figures.put("sim." + system + ".success.ece_pooled.hi", ScoreCard.round(e[2]));
        });
        System.out.printf(Locale.ROOT, "   ECE over the %d test items pooled (the table's is the mean of each seed's own, "
                + "whose small bins give even the oracle ~0.05): %s%n", test.size(), line);
        figures.put("sim.ensemble.temperature", ScoreCard.round(t.calibration().temperature()));
        figures.put("sim.ensemble.offset", ScoreCard.round(t.calibration().offset()));
        figures.put("sim.train.rows", train.size());
        figures.put("sim.test.rows", test.size());
        figures.put("sim.baserate.train", ScoreCard.round(all.positiveRate()));
    }

    /**
     * Every test item's outcome and each system's probability (the harness's references and oracle first), one row
     * per item, written after every model has predicted: what a reliability or calibration analysis beyond the
     * printed figures reads.
     */
    static void writePredictions(Path file, HarnessContracts.Rows rows, Map<String, Boolean> outcomes,
                                 Map<String, Map<String, Double>> references,
                                 Map<String, Map<String, Double>> models) throws IOException {
        Map<String, Map<String, Double>> systems = new LinkedHashMap<>(references);
        systems.putAll(models);
        StringBuilder csv = new StringBuilder("item,label");
        systems.keySet().forEach(name -> csv.append(',').append(name));
        csv.append('\n');
        for (int i = 0; i < rows.size(); i++) {
            String id = rows.itemIds().get(i);
            csv.append(id).append(',').append(outcomes.get(id) ? 1 : 0);
            for (Map<String, Double> p : systems.values()) {
                csv.append(',').append(String.format(Locale.ROOT, "%.6f", p.get(id)));
            }
            csv.append('\n');
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, csv);
    }

    /** The harness's reference named "logistic" is its structured-only regression; ours reads every feature. */
    static final String SIM_LOGISTIC = "logreg";

    static Map<String, Double> byItem(HarnessContracts.Rows rows, double[] p) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < p.length; i++) {
            out.put(rows.itemIds().get(i), p[i]);
        }
        return out;
    }

    static Dataset simDataset(HarnessContracts.Rows rows, SuccessFeatures features, TextEmbedder embedder) {
        List<FeatureVector> vectors = ContractReplay.vectors(rows.inputs(), features, embedder);
        int n = rows.size();
        float[][] tabular = new float[n][];
        float[][] projects = new float[n][];
        float[][] profiles = new float[n][];
        for (int i = 0; i < n; i++) {
            tabular[i] = vectors.get(i).tabular();
            projects[i] = vectors.get(i).projectText();
            profiles[i] = vectors.get(i).profileText();
        }
        List<String> names = Arrays.stream(Feature.values()).map(Feature::wireName).toList();
        return new Dataset(names, tabular, List.of(projects, profiles), rows.labels());
    }

    /** The three models' test probabilities (and the ensemble's before its calibration, which is given). */
    record Trained(double[] ensemble, double[] logistic, double[] xgboost, double[] ensembleUnscaled,
                   TemperatureScaling calibration) {
    }

    /** Each distinct member configuration once, with how many members have it, best first. */
    static String describeMembers(List<ai.talent.success.model.MlpHyperparameters> members) {
        Map<ai.talent.success.model.MlpHyperparameters, Integer> counts = new LinkedHashMap<>();
        members.forEach(h -> counts.merge(h, 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((h, n) -> parts.add(String.format(Locale.ROOT,
                "%d × %s (dropout %.2f, lr %.4f, weight decay %.4f, %d epochs)", n, h.hidden(), h.dropout(),
                h.learningRate(), h.weightDecay(), h.maxEpochs())));
        return String.join("; ", parts);
    }

    /** The three models trained on the same rows; the test rows' labels are not read. */
    Trained train(String prefix, Dataset train, Dataset validation, Dataset test) {
        long start = System.nanoTime();
        EnsembleTrainer.Settings settings = new EnsembleTrainer.Settings(options.members(),
                options.textComponents(prefix.equals("sim")), options.folds(),
                options.trials(), ai.talent.success.model.MlpHyperparameters.defaults(), options.seed(), encoderId,
                options.memberSelection());
        EnsembleTrainer.Result result = EnsembleTrainer.train(prefix, train, validation, settings);
        System.out.printf(Locale.ROOT, "   ensemble: %d members %s,"
                + " T = %.3f, offset %.3f, fitted with the out-of-fold logits × %.3f %+.3f (tuned %d trials × %d folds,"
                + " %.0f s); on the calibration split AUC %.4f, log-loss %.4f%n", options.members(),
                describeMembers(result.ensemble().spec().memberHyperparameters()),
                result.ensemble().spec().temperature(), result.ensemble().spec().offset(),
                result.metrics().get("calibration.oof_scale"), result.metrics().get("calibration.oof_shift"),
                options.trials(), options.folds(),
                (System.nanoTime() - start) / 1e9, result.metrics().get("validation.auc"),
                result.metrics().get("validation.logloss"));
        if (result.tuning() != null) {
            result.tuning().writeCsv(options.reports().resolve(prefix + "-ensemble-tuning.csv"));
        }
        try (SuccessEnsemble ensemble = result.ensemble()) {
            var pre = ensemble.spec().preprocessor();
            float[][] xTrain = pre.inputs(train);
            float[][] xTest = pre.inputs(test);
            double[] ensembleP = ensemble.probabilities(xTest);
            double[][] logits = transpose(ensemble.memberLogits(xTest));
            double[] unscaled = ai.talent.nn.eval.TemperatureScaling.identity().ensembleProbabilities(logits);

            start = System.nanoTime();
            double[] logisticP = LogisticRegression.fit(xTrain, train.labels()).probabilities(xTest);
            System.out.printf(Locale.ROOT, "   logistic regression on the same %d inputs (%.1f s)%n", xTrain[0].length,
                    (System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            double[] xgbP;
            var tuned = GradientBoostedTrees.tuneAndFit(xTrain, train.labels(), options.folds(), options.trials(),
                    options.seed());
            try (GradientBoostedTrees xgb = tuned.model()) {
                xgbP = xgb.probabilities(xTest);
                System.out.printf(Locale.ROOT, "   XGBoost on the same inputs: %d trees, %s (tuned, %.0f s)%n",
                        xgb.trees(), tuned.tuning().best().orElseThrow().config(), (System.nanoTime() - start) / 1e9);
            }
            tuned.tuning().writeCsv(options.reports().resolve(prefix + "-xgboost-tuning.csv"));
            return new Trained(ensembleP, logisticP, xgbP, unscaled,
                    new TemperatureScaling(ensemble.spec().temperature(), ensemble.spec().offset()));
        }
    }

    /** The three models trained on the same rows and scored on the same test rows. */
    Comparison compare(String prefix, Dataset train, Dataset validation, Dataset test) throws IOException {
        Trained t = train(prefix, train, validation, test);
        int[] y = test.labels();
        double eceBefore = Calibration.expectedCalibrationError(t.ensembleUnscaled(), y, 10);
        List<ScoreCard> cards = List.of(ScoreCard.of("ensemble", t.ensemble(), y, options.seed()),
                ScoreCard.of("logistic", t.logistic(), y, options.seed()),
                ScoreCard.of("xgboost", t.xgboost(), y, options.seed()));
        Map<String, double[]> probabilities = Map.of("ensemble", t.ensemble(), "logistic", t.logistic(),
                "xgboost", t.xgboost());
        for (ScoreCard card : cards) {
            card.into(figures, prefix);
            Path png = options.reports().resolve(prefix + "-" + card.model() + "-reliability.png");
            ReliabilityDiagram.write(Calibration.bins(probabilities.get(card.model()), y, 10),
                    prefix + " " + card.model() + String.format(Locale.ROOT, " (ECE %.3f)", card.value("ece")), png);
        }
        figures.put(prefix + ".ensemble.temperature", ScoreCard.round(t.calibration().temperature()));
        figures.put(prefix + ".ensemble.offset", ScoreCard.round(t.calibration().offset()));
        figures.put(prefix + ".ensemble.ece_before_scaling", ScoreCard.round(eceBefore));
        figures.put(prefix + ".test.rows", test.size());
        System.out.printf(Locale.ROOT, "   reliability diagrams: %s/%s-*-reliability.png%n", options.reports(), prefix);
        return new Comparison(prefix, cards, eceBefore, t);
    }

    /** The three models trained on the same rows and scored on the same test rows. */
    record Comparison(String prefix, List<ScoreCard> cards, double eceBeforeScaling, Trained trained) {

        void print() {
            for (ScoreCard card : cards) {
                System.out.printf(Locale.ROOT, "   %-10s %s%n", card.model(), line(card));
            }
            System.out.printf(Locale.ROOT, "   ensemble calibration: temperature %.3f, offset %.3f (test ECE before"
                    + " it %.4f)%n", trained.calibration().temperature(), trained.calibration().offset(),
                    eceBeforeScaling);
        }
    }

    static String line(ScoreCard c) {
        var m = c.metrics();
        return String.format(Locale.ROOT, "AUC %s  log-loss %s  Brier %s  ECE %s  accuracy %s", m.get("auc"),
                m.get("logloss"), m.get("brier"), m.get("ece"), m.get("accuracy"));
    }

    static Dataset kickstarterSet(KickstarterFeatures features, List<KickstarterProject> projects,
                                  TextEmbedder embedder) {
        float[][] tabular = projects.stream().map(features::row).toArray(float[][]::new);
        float[][] names = embedder.embed(projects.stream().map(KickstarterProject::name).toList());
        int[] labels = projects.stream().mapToInt(p -> p.successful() ? 1 : 0).toArray();
        return new Dataset(features.names(), tabular, List.<float[][]>of(names), labels);
    }

    static double brierOfConstant(double p, int[] y) {
        double[] constant = new double[y.length];
        Arrays.fill(constant, p);
        return BinaryMetrics.brier(constant, y);
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
