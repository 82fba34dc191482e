package ai.talent.tutoring.tracing;

import ai.djl.Model;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.kt.Dkt;
import ai.talent.nn.kt.DktConfig;
import ai.talent.nn.kt.KtEvaluator;
import ai.talent.nn.kt.KtNetworks;
import ai.talent.nn.kt.KtSequence;
import ai.talent.nn.kt.KtTrainConfig;
import ai.talent.nn.kt.KtTrainer;
import ai.talent.nn.kt.Protocol;
import ai.talent.nn.registry.ModelRegistry;
import ai.talent.nn.kt.KnowledgeTracer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains tutoring's DKT on simulated learners, fits the exercises' difficulty offsets on its predictions
 * ({@link ExerciseOffsets}), and publishes both (promoted) into a registry, where the service loads them. Leak-free protocol: the skill rows of one attempt are predicted together from the attempts before it, as the
 * service must predict an exercise before its answer.
 */
public final class KtTraining {

    /**
     * @param learners simulated learners to train on (a tenth more are generated for early stopping)
     * @param attempts about this many attempts per learner
     * @param seed the training seed (initialisation, dropout, batch order); training learners are the simulator's
     *     first {@code learners}, validation learners the next tenth
     */
    public record Settings(int learners, int attempts, int hidden, int embedding, int epochs, int patience,
                           float learningRate, long seed, boolean progress) {

        /** What {@code ./talent train kt} uses by default. */
        public static Settings defaults() {
            return new Settings(2_000, 60, 64, 64, 15, 3, 3e-3f, 42, true);
        }

        /** A tiny model for tests: seconds on two shared cores. */
        public static Settings tiny() {
            return new Settings(500, 60, 32, 32, 8, 2, 1e-2f, 7, false);
        }

        public Settings withLearners(int v) {
            return new Settings(v, attempts, hidden, embedding, epochs, patience, learningRate, seed, progress);
        }

        public Settings withEpochs(int v) {
            return new Settings(learners, attempts, hidden, embedding, v, patience, learningRate, seed, progress);
        }

        public Settings withHidden(int v) {
            return new Settings(learners, attempts, v, v, epochs, patience, learningRate, seed, progress);
        }

        public Settings withSeed(long v) {
            return new Settings(learners, attempts, hidden, embedding, epochs, patience, learningRate, v, progress);
        }
    }

    /** The published version and the figures measured on the validation learners. */
    public record Result(String version, Map<String, Double> metrics, double seconds) {
    }

    private KtTraining() {
    }

    /** Simulates learners, trains, publishes and promotes as {@code name} in {@code registry}. */
    public static Result train(ModelRegistry registry, String name, SkillVocabulary skills, Settings settings) {
        long start = System.nanoTime();
        List<SimulatedLearners.Learner> trainLearners = SimulatedLearners.generate(settings.learners(),
                settings.attempts(), 0);
        List<SimulatedLearners.Learner> validLearners = SimulatedLearners.generate(Math.max(30, settings.learners() / 10),
                settings.attempts(), settings.learners());
        List<KtSequence> train = SimulatedLearners.sequences(trainLearners, skills);
        List<KtSequence> valid = SimulatedLearners.sequences(validLearners, skills);
        NnEngine.configureCurrentThread();
        try (Model model = Model.newInstance("tutoring-dkt")) {
            Dkt network = new Dkt(new DktConfig(skills.size(), settings.embedding(), settings.hidden(), 0.1f));
            model.setBlock(network);
            NnEngine.get().setRandomSeed((int) settings.seed());
            KtNetworks.initialize(network, model.getNDManager());
            double untrained = KtEvaluator.score(network, valid, Protocol.LEAK_FREE, 0, model.getNDManager()).auc();
            KtTrainer.Result result = KtTrainer.fit(model, Protocol.LEAK_FREE, train, valid,
                    KtTrainConfig.defaults().withEpochs(settings.epochs()).withPatience(settings.patience())
                            .withBatchSize(32).withLearningRate(settings.learningRate()).withSeed(settings.seed())
                            .withProgress(settings.progress(), "dkt"));
            // the exercises' difficulty offsets, fitted on the network's own online predictions of the training
            // learners; then the online validation AUC of network and offsets together, as the service predicts
            ExerciseOffsets offsets;
            double online;
            try (DktMasteryModel bare = new DktMasteryModel(new KnowledgeTracer(network,
                    model.getNDManager().newSubManager()), skills, ExerciseOffsets.none(), "training")) {
                List<ExerciseOffsets.Row> rows = new ArrayList<>();
                for (SimulatedLearners.Learner learner : trainLearners) {
                    TraceState state = bare.start();
                    for (SimulatedLearners.TracedAttempt a : learner.attempts()) {
                        var attempt = a.attempt();
                        rows.add(new ExerciseOffsets.Row(attempt.exerciseId(), attempt.skillIds(),
                                bare.predict(bare.mastery(state), null, attempt.skillIds()), attempt.correct()));
                        state = bare.observe(state, attempt.skillIds(), attempt.correct());
                    }
                }
                offsets = ExerciseOffsets.fit(rows, 2.0);
                try (DktMasteryModel withOffsets = new DktMasteryModel(new KnowledgeTracer(network,
                        model.getNDManager().newSubManager()), skills, offsets, "training")) {
                    online = TracingReplay.model(withOffsets, validLearners).auc();
                }
            }
            Map<String, Double> metrics = new LinkedHashMap<>();
            metrics.put("validation.auc", online);
            metrics.put("validation.auc.network", result.bestValidationAuc());
            metrics.put("validation.auc.untrained", untrained);
            metrics.put("train.learners", (double) train.size());
            metrics.put("train.rows", (double) train.stream().mapToInt(KtSequence::length).sum());
            metrics.put("best.epoch", (double) result.bestEpoch());
            metrics.put("exercises", (double) offsets.size());
            String fingerprint = "marketplace-sim market-seed=" + SimulatedLearners.MARKET_SEED + " learners=0.."
                    + settings.learners() + " attempts=" + settings.attempts() + " seed=" + settings.seed()
                    + " skills=" + skills.size();
            String version = KtModels.publish(registry, name, network, skills, offsets, metrics, fingerprint);
            return new Result(version, metrics, (System.nanoTime() - start) / 1e9);
        }
    }
}
