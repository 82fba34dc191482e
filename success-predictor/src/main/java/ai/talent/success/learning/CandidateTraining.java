package ai.talent.success.learning;

import ai.djl.pytorch.jni.JniUtils;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.eval.BinaryMetrics;
import ai.talent.success.feature.ContractReplay;
import ai.talent.success.feature.Feature;
import ai.talent.success.feature.FeatureVector;
import ai.talent.success.feature.PredictionInput;
import ai.talent.success.feature.SuccessFeatures;
import ai.talent.success.feature.TextEmbedder;
import ai.talent.success.model.Dataset;
import ai.talent.success.model.EnsembleTrainer;
import ai.talent.success.model.SuccessEnsemble;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Trains a candidate from labelled examples the way the service and {@code ./talent train success} both do:
 * the examples in award order, the latest {@code windowFraction} held out as the <em>recent window</em> that
 * decides promotion (no model trained here or before has seen it: every earlier model's window started no later),
 * the calibration (temperature and offset) fitted on the latest 15 % of the rest, the members trained on the remainder.
 */
public final class CandidateTraining {

    /** Share of the training rows (the latest) the calibration is fitted on. */
    static final double VALIDATION_FRACTION = 0.15;

    /** The examples cut in time order. */
    public record Split(List<Example> train, List<Example> validation, List<Example> window) {
    }

    /** A trained candidate and its figures ({@code validation.*} from training, {@code window.*} on the window). */
    public record Candidate(SuccessEnsemble ensemble, Map<String, Double> metrics, Split split) {
    }

    private CandidateTraining() {
    }

    public static Split split(List<Example> examples, double windowFraction) {
        List<Example> ordered = examples.stream()
                .sorted(Comparator.comparing((Example e) -> e.input().at()).thenComparing(Example::contractId))
                .toList();
        int n = ordered.size();
        int windowStart = n - Math.max(1, (int) Math.round(n * windowFraction));
        int validationStart = windowStart - Math.max(1, (int) Math.round(windowStart * VALIDATION_FRACTION));
        if (validationStart < 2) {
            throw new IllegalArgumentException("too few labelled contracts to train on: " + n);
        }
        return new Split(ordered.subList(0, validationStart), ordered.subList(validationStart, windowStart),
                ordered.subList(windowStart, n));
    }

    public static Candidate train(String task, Split split, SuccessFeatures features, TextEmbedder embedder,
                                  EnsembleTrainer.Settings settings, Consumer<String> progress) {
        // libtorch records gradients by default on every thread except the one that loaded the engine, and
        // training restores its best epoch's weights in place, which autograd refuses while recording: a
        // background or request thread stops recording first (gradient collectors switch it on per step).
        NnEngine.get();
        JniUtils.setGradMode(false);
        progress.accept("embedding the texts of " + (split.train().size() + split.validation().size())
                + " training contracts");
        Dataset train = dataset(split.train(), features, embedder);
        Dataset validation = dataset(split.validation(), features, embedder);
        progress.accept("training " + settings.members() + " members on " + train.size() + " contracts ("
                + settings.trials() + " tuner trials), calibration on " + validation.size());
        EnsembleTrainer.Result result = EnsembleTrainer.train(task, train, validation,
                settings.withEncoder(embedder.encoderId()));
        Map<String, Double> metrics = new LinkedHashMap<>(result.metrics());
        double[] p = probabilities(result.ensemble(), split.window(), features, embedder);
        metrics.putAll(windowMetrics("window", p, labels(split.window())));
        metrics.put("labels", (double) (split.train().size() + split.validation().size() + split.window().size()));
        return new Candidate(result.ensemble(), metrics, split);
    }

    /** The ensemble's calibrated probabilities for examples. */
    public static double[] probabilities(SuccessEnsemble ensemble, List<Example> examples, SuccessFeatures features,
                                         TextEmbedder embedder) {
        if (examples.isEmpty()) {
            return new double[0];
        }
        List<FeatureVector> vectors = ContractReplay.vectors(examples.stream().map(Example::input).toList(),
                features, embedder);
        float[][] x = new float[vectors.size()][];
        for (int i = 0; i < x.length; i++) {
            FeatureVector v = vectors.get(i);
            x[i] = ensemble.input(v.tabular(), new float[][] {v.projectText(), v.profileText()});
        }
        return ensemble.probabilities(x);
    }

    /** Log-loss, Brier score and (both classes present) ROC-AUC of probabilities, under {@code prefix.}. */
    public static Map<String, Double> windowMetrics(String prefix, double[] p, int[] y) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(prefix + ".logloss", BinaryMetrics.logLoss(p, y));
        m.put(prefix + ".brier", BinaryMetrics.brier(p, y));
        int positives = Arrays.stream(y).sum();
        if (positives > 0 && positives < y.length) {
            m.put(prefix + ".auc", BinaryMetrics.rocAuc(p, y));
        }
        m.put(prefix + ".rows", (double) y.length);
        return m;
    }

    public static int[] labels(List<Example> examples) {
        return examples.stream().mapToInt(e -> e.succeeded() ? 1 : 0).toArray();
    }

    public static Dataset dataset(List<Example> examples, SuccessFeatures features, TextEmbedder embedder) {
        List<PredictionInput> inputs = examples.stream().map(Example::input).toList();
        List<FeatureVector> vectors = ContractReplay.vectors(inputs, features, embedder);
        int n = vectors.size();
        float[][] t = new float[n][];
        float[][] p = new float[n][];
        float[][] f = new float[n][];
        for (int i = 0; i < n; i++) {
            t[i] = vectors.get(i).tabular();
            p[i] = vectors.get(i).projectText();
            f[i] = vectors.get(i).profileText();
        }
        return new Dataset(Arrays.stream(Feature.values()).map(Feature::wireName).toList(), t, List.of(p, f),
                labels(examples));
    }
}
