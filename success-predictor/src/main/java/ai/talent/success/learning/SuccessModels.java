package ai.talent.success.learning;

import ai.talent.domain.event.FeatureContribution;
import ai.talent.nn.explain.Attribution;
import ai.talent.nn.registry.CorruptModelException;
import ai.talent.nn.registry.ModelExpectation;
import ai.talent.nn.registry.ModelRegistry;
import ai.talent.nn.registry.ModelRegistryException;
import ai.talent.nn.registry.PublishedModel;
import ai.talent.nn.registry.ServingModel;
import ai.talent.nn.registry.VersionInfo;
import ai.talent.nn.text.EncoderChoice;
import ai.talent.service.encoder.EncoderConfig;
import ai.talent.service.state.StateConfig;
import ai.talent.success.config.SuccessConfig;
import ai.talent.success.feature.Feature;
import ai.talent.success.feature.FeatureSettings;
import ai.talent.success.feature.FeatureVector;
import ai.talent.success.feature.SuccessEncoders;
import ai.talent.success.feature.PredictionInput;
import ai.talent.success.feature.SuccessFeatures;
import ai.talent.success.feature.TextEmbedder;
import ai.talent.success.model.EnsembleStore;
import ai.talent.success.model.EnsembleTrainer;
import ai.talent.success.model.Estimate;
import ai.talent.success.model.MlpHyperparameters;
import ai.talent.success.model.SuccessEnsemble;
import ai.talent.success.prediction.BaselineSuccessModel;
import ai.talent.success.prediction.Prediction;
import ai.talent.success.reason.Reason;
import ai.talent.success.reason.ReasonLanguage;
import ai.talent.success.reason.ReasonWriter;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * The model the service answers with and its versions. Learned models live in shared-nn's {@link ModelRegistry}
 * under {@code <talent.state.dir>/models} (weights with checksums, metrics in the manifest, the promoted version
 * and the promotion history in {@code current.json}, replaced atomically). While no version has been promoted the
 * service answers with the documented baseline ({@link BaselineSuccessModel}), labelled {@code baseline-logistic-1}
 * in {@code modelVersion}. Promote and rollback load and verify the target version before the registry's pointer
 * moves, so a failure leaves both the pointer and the served model as they were.
 */
@ApplicationScoped
@Startup
public class SuccessModels {

    public static final String MODEL = "success";
    private static final Logger LOG = Logger.getLogger(SuccessModels.class);
    private static final ModelExpectation EXPECTED = new ModelExpectation(EnsembleStore.MODEL_TYPE, new long[] {-1},
            new long[] {1});

    /** One answer of whichever model is served. */
    public record Answer(double probability, double lower, double upper, double uncertainty, String modelVersion,
                         List<Reason> reasons) {

        public List<FeatureContribution> contributions() {
            return reasons.stream().map(Reason::toContribution).toList();
        }
    }

    /** What a background training did. */
    public record TrainingReport(String version, boolean promoted, String reason, Map<String, Double> metrics) {
    }

    private final SuccessConfig config;
    private final ModelRegistry registry;
    private final EnsembleStore store;
    private final ServingModel<SuccessEnsemble> serving;
    private final BaselineSuccessModel baseline;
    private final SuccessFeatures features = new SuccessFeatures(FeatureSettings.defaults());
    private final ReasonWriter writer = new ReasonWriter(features);
    private final PromotionGate gate;
    private final ScheduledExecutorService closer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "success-model-closer");
        t.setDaemon(true);
        return t;
    });
    private final ModelLog log;
    /** Held while a decision is made and awaited (the follower applies it meanwhile, under {@link #served}). */
    private final Object decisions = new Object();
    /** Held while the follower changes the served model and the registry's pointer. */
    private final Object served = new Object();
    private final SuccessEncoders encoders;
    /** What this registry had promoted when the service started (perhaps offline, by ./talent train success). */
    private final String startupCurrent;
    private final List<String> startupHistory;

    public SuccessModels(SuccessConfig config, StateConfig state, ModelLog log, EncoderConfig encoderConfig) {
        this.log = log;
        this.config = config;
        this.encoders = new SuccessEncoders(encoderConfig.registry(), EncoderChoice.parse(encoderConfig.choice()),
                config.learning().embeddingCache());
        this.registry = new ModelRegistry(state.dir().resolve("models"));
        this.store = new EnsembleStore(registry);
        this.serving = new ServingModel<>(registry, MODEL, EXPECTED, this::loadServable);
        this.baseline = new BaselineSuccessModel(config.intercept(), config.ratingWeight(), config.coverageWeight(),
                config.rateFitWeight(), config.experienceWeight());
        this.gate = new PromotionGate(config.learning().tolerance());
        if (registry.currentVersion(MODEL) != null) {
            serveNewestLoadable();
        }
        startupCurrent = registry.currentVersion(MODEL);
        startupHistory = registry.promotionHistory(MODEL);
        log.start(registry, this::follow);
    }

    /**
     * Loads a version for serving, refusing one trained on other feature columns than this service computes (a
     * version from an older feature set would read every column shifted) or whose text columns were embedded by an
     * encoder this service cannot load (its texts would land in another vector space): it is then refused like a
     * damaged one.
     */
    private SuccessEnsemble loadServable(PublishedModel published) {
        SuccessEnsemble ensemble = store.load(published);
        try {
            requireServingColumns(published.version(), ensemble.spec().tabularNames());
            encoders.require(ensemble.spec().encoder());
        } catch (IllegalStateException e) {
            ensemble.close();
            throw e;
        }
        return ensemble;
    }

    /** Throws unless {@code trained} are this service's feature columns, in order. */
    static void requireServingColumns(String version, List<String> trained) {
        List<String> serving = Arrays.stream(Feature.values()).map(Feature::wireName).toList();
        if (!trained.equals(serving)) {
            List<String> missing = serving.stream().filter(c -> !trained.contains(c)).toList();
            List<String> unknown = trained.stream().filter(c -> !serving.contains(c)).toList();
            throw new IllegalStateException("version " + version + " was trained on " + trained.size()
                    + " feature columns and this service computes " + serving.size() + " (missing " + missing
                    + ", unknown " + unknown + (missing.isEmpty() && unknown.isEmpty() ? ", other order" : "")
                    + "): retrain it (./talent train success) or serve another version");
        }
    }

    /**
     * Serves the promoted version, or when it is refused (a file corrupted on disk fails its SHA-256, a missing file)
     * the newest earlier promoted version that verifies: a damaged version never takes the service down, and the
     * model promoted before it keeps serving rather than the baseline. Only when none loads does the baseline answer.
     */
    private void serveNewestLoadable() {
        List<String> history = new ArrayList<>(registry.promotionHistory(MODEL));
        String promoted = registry.currentVersion(MODEL);
        history.remove(promoted);
        history.add(promoted);
        for (int i = history.size() - 1; i >= 0; i--) {
            String version = history.get(i);
            try {
                serving.switchTo(version);
                if (!version.equals(promoted)) {
                    LOG.errorf("the promoted success model %s was refused; serving %s, the version promoted before it",
                            promoted, version);
                }
                return;
            } catch (RuntimeException e) {
                LOG.errorf("success model %s refused: %s", version, e.getMessage());
            }
        }
        LOG.errorf("no promoted success model could be loaded; answering with %s", config.modelVersion());
    }

    /** The version answering now: a registry version or the baseline's name. */
    public String servingVersion() {
        return serving.current().map(ServingModel.Loaded::version).orElse(config.modelVersion());
    }

    public ModelRegistry registry() {
        return registry;
    }

    public SuccessFeatures features() {
        return features;
    }

    /** The encoder a model's texts are embedded with: the one its spec names, loaded on first use (cached). */
    public TextEmbedder embedder(SuccessEnsemble model) {
        return encoders.embedder(model.spec().encoder());
    }

    /** What a model trained now would embed its texts with: {@code talent.encoder.choice} resolved now. */
    public String trainingEncoder() {
        return encoders.choice().id();
    }

    /** The served model's answer, with reasons in {@code language} when asked for. */
    public Answer answer(PredictionInput input, ReasonLanguage language, boolean withReasons) {
        Optional<ServingModel.Loaded<SuccessEnsemble>> loaded = serving.current();
        if (loaded.isEmpty()) {
            return baselineAnswer(input, language);
        }
        SuccessEnsemble ensemble = loaded.get().model();
        FeatureVector v = features.vector(input, embedder(ensemble));
        float[] x = ensemble.input(v.tabular(), new float[][] {v.projectText(), v.profileText()});
        Estimate e = ensemble.estimate(x);
        List<Reason> reasons = List.of();
        if (withReasons) {
            Attribution a = ensemble.explain(x);
            reasons = writer.reasons(input, a, ensemble.spec().inputNames(), language);
        }
        return new Answer(e.probability(), e.lower(), e.upper(), e.uncertainty(), loaded.get().version(), reasons);
    }

    /** Many answers without reasons (one forward pass for all). */
    public List<Answer> answerAll(List<PredictionInput> inputs, ReasonLanguage language) {
        Optional<ServingModel.Loaded<SuccessEnsemble>> loaded = serving.current();
        List<Answer> out = new ArrayList<>(inputs.size());
        if (loaded.isEmpty()) {
            inputs.forEach(in -> out.add(baselineAnswer(in, language)));
            return out;
        }
        SuccessEnsemble ensemble = loaded.get().model();
        float[][] x = new float[inputs.size()][];
        for (int i = 0; i < x.length; i++) {
            FeatureVector v = features.vector(inputs.get(i), embedder(ensemble));
            x[i] = ensemble.input(v.tabular(), new float[][] {v.projectText(), v.profileText()});
        }
        Estimate[] estimates = ensemble.estimate(x);
        for (Estimate e : estimates) {
            out.add(new Answer(e.probability(), e.lower(), e.upper(), e.uncertainty(), loaded.get().version(),
                    List.of()));
        }
        return out;
    }

    private Answer baselineAnswer(PredictionInput input, ReasonLanguage language) {
        long rate = input.agreedRate() == null ? input.freelancer().hourlyRate().amount() : input.agreedRate().amount();
        Prediction p = baseline.predict(BaselineSuccessModel.features(Optional.of(input.project()),
                Optional.of(input.freelancer()), rate));
        List<Reason> reasons = p.reasons().stream().map(c -> new Reason(c.feature(), c.contribution(),
                (language == ReasonLanguage.KO ? "기준 모델 요인: " : "baseline factor: ") + c.feature()
                        + String.format(Locale.ROOT, " (%+.2f)", c.contribution()))).toList();
        return new Answer(p.probability(), p.lower(), p.upper(), p.uncertainty(), config.modelVersion(), reasons);
    }

    /** The served model's probabilities for examples (the baseline's while none is promoted). */
    double[] currentProbabilities(List<Example> examples) {
        Optional<ServingModel.Loaded<SuccessEnsemble>> loaded = serving.current();
        if (loaded.isPresent()) {
            return CandidateTraining.probabilities(loaded.get().model(), examples, features,
                    embedder(loaded.get().model()));
        }
        return examples.stream().mapToDouble(e -> baselineAnswer(e.input(), ReasonLanguage.EN).probability())
                .toArray();
    }

    /**
     * Trains a candidate on {@code examples}, publishes it with its metrics and promotes it only if it is not
     * worse than the served model on the recent window; otherwise it stays a candidate. One at a time.
     */
    public synchronized TrainingReport retrain(List<Example> examples, Consumer<String> progress) {
        CandidateTraining.Split split = CandidateTraining.split(examples, config.learning().windowFraction());
        EnsembleTrainer.Settings settings = EnsembleTrainer.Settings.defaults()
                .withMembers(config.learning().members()).withTrials(config.learning().trials())
                .withBase(MlpHyperparameters.defaults().withMaxEpochs(config.learning().maxEpochs()));
        // the configured choice as it resolves now: a newly promoted encoder is tried by the next candidate, and the
        // gate below compares it, with its encoder, against the served model with the served model's own
        CandidateTraining.Candidate candidate = CandidateTraining.train(MODEL, split, features,
                encoders.embedder(trainingEncoder()), settings, progress);
        String current = servingVersion();
        Map<String, Double> metrics = new LinkedHashMap<>(candidate.metrics());
        double[] currentP = currentProbabilities(split.window());
        Map<String, Double> currentWindow = CandidateTraining.windowMetrics("current.window", currentP,
                CandidateTraining.labels(split.window()));
        metrics.putAll(currentWindow);
        PromotionGate.Decision decision = gate.decide(metrics.get("window.logloss"),
                currentWindow.get("current.window.logloss"), current);
        metrics.put("promoted", decision.promote() ? 1.0 : 0.0);
        String version;
        try (SuccessEnsemble ensemble = candidate.ensemble()) {
            version = store.publish(MODEL, ensemble, metrics, "labels=" + examples.size() + ";window="
                    + split.window().size() + ";last=" + split.window().get(split.window().size() - 1).contractId());
        }
        log.publishVersion(registry, MODEL, version);
        if (decision.promote()) {
            promote(version);
        }
        LOG.infof("success model %s %s: %s", version, decision.promote() ? "promoted" : "kept as a candidate",
                decision.reason());
        progress.accept(version + (decision.promote() ? " promoted: " : " kept as a candidate: ") + decision.reason());
        return new TrainingReport(version, decision.promote(), decision.reason(), metrics);
    }

    /** Every version with its metrics, oldest first. */
    public List<VersionInfo> versions() {
        return registry.versions(MODEL);
    }

    /** Labels the last training counted (0 before the first): the trainer retrains after that many more. */
    public int labelsAtLastTraining() {
        return versions().stream().mapToInt(v -> v.metrics().getOrDefault("labels", 0.0).intValue()).max().orElse(0);
    }

    /**
     * Makes {@code version} the one every replica serves: it is verified and loaded here first (checksums and shape,
     * its feature columns, the encoder its spec names: {@link IllegalStateException} when this replica cannot serve
     * it), shipped to the model log if the log does not hold it yet, and the decision is recorded there; returns
     * once this replica serves it. On any failure nothing changes.
     */
    public void promote(String version) {
        synchronized (decisions) {
            promoteLocked(version);
        }
    }

    private void promoteLocked(String version) {
        PublishedModel published = registry.load(MODEL, version, EXPECTED);
        // loaded and let go: a version this replica could not serve (other feature columns, an encoder it lacks) is
        // refused before any decision is recorded
        try (SuccessEnsemble checked = loadServable(published)) {
            LOG.debugf("success model %s loads (%d members, texts by %s)", version, checked.members(),
                    checked.spec().encoder());
        }
        if (!log.holds(MODEL, version)) {
            log.publishVersion(registry, MODEL, version);
        }
        List<String> history = new ArrayList<>(registry.promotionHistory(MODEL));
        history.remove(version);
        history.add(version);
        decideAndAwait(version, history);
    }

    /** Returns every replica to the version promoted before the current one; returns its name. */
    public String rollback() {
        synchronized (decisions) {
            return rollbackLocked();
        }
    }

    private String rollbackLocked() {
        List<String> history = new ArrayList<>(registry.promotionHistory(MODEL));
        if (history.size() < 2) {
            throw new ModelRegistryException("no earlier promoted version to roll back to (history: " + history + ")");
        }
        history.remove(history.size() - 1);
        String previous = history.get(history.size() - 1);
        registry.load(MODEL, previous, EXPECTED);
        decideAndAwait(previous, history);
        return previous;
    }

    private void decideAndAwait(String version, List<String> history) {
        log.decide(MODEL, version, history);
        if (!version.equals(servingVersion())) {
            throw new CorruptModelException(registry.root().resolve(MODEL).resolve(version),
                    "the decision to serve it is recorded but this replica could not load it; still serving "
                            + servingVersion());
        }
    }

    /**
     * Applies a decision from the model log (on its follower thread): loads and serves the decided version, then
     * moves this registry's pointer and history to the decision's. If the version cannot be loaded the served
     * model stays, and the failure is logged.
     */
    void follow(ModelLog.Decision decision) {
        if (!MODEL.equals(decision.model())) {
            return;
        }
        synchronized (served) {
            followLocked(decision);
        }
    }

    private void followLocked(ModelLog.Decision decision) {
        String target = decision.current();
        if (target.equals(registry.currentVersion(MODEL))
                && decision.history().equals(registry.promotionHistory(MODEL)) && target.equals(servingVersion())) {
            return;
        }
        var retired = target.equals(servingVersion()) ? Optional.<ServingModel.Loaded<SuccessEnsemble>>empty()
                : serving.switchTo(target);
        try {
            registry.adopt(MODEL, target, decision.history());
        } catch (RuntimeException e) {
            retired.ifPresent(r -> serving.switchTo(r.version()));
            throw e;
        }
        retired.ifPresent(this::closeLater);
        LOG.infof("success model %s served (decided %s)", target, decision.decidedAt());
    }

    /**
     * The trainer replica offers what only its own registry holds (versions trained by {@code ./talent train
     * success} into its state folder, or before the model log existed) to the others. A version promoted offline
     * that the log did not hold becomes the decision; otherwise its promoted version does when the log has none.
     */
    public void offerLocalVersions() {
        if (!log.trainer()) {
            return;
        }
        boolean offeredStartupCurrent = false;
        for (VersionInfo v : registry.versions(MODEL)) {
            if (!log.holds(MODEL, v.version())) {
                log.publishVersion(registry, MODEL, v.version());
                offeredStartupCurrent |= v.version().equals(startupCurrent);
            }
        }
        if (offeredStartupCurrent) {
            // promoted offline while the log did not know it: that promotion is the newest decision
            synchronized (decisions) {
                decideAndAwait(startupCurrent, startupHistory);
            }
        } else if (registry.currentVersion(MODEL) != null && log.decision(MODEL).isEmpty()) {
            synchronized (decisions) {
                decideAndAwait(registry.currentVersion(MODEL), registry.promotionHistory(MODEL));
            }
        }
    }

    /** Whether this replica is the one that trains (all replicas serve what it publishes). */
    public boolean trains() {
        return log.trainer();
    }

    /** A retired model may still be answering a request: its native memory is freed a little later. */
    private void closeLater(ServingModel.Loaded<SuccessEnsemble> retired) {
        closer.schedule(retired.model()::close, 30, TimeUnit.SECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        closer.shutdownNow();
        encoders.close();
    }
}
