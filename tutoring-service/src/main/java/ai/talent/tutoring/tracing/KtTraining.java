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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains tutoring's DKT on simulated learners and publishes it (promoted) into a registry, where the service loads
 * it. Leak-free protocol: the skill rows of one attempt are predicted together from the attempts before it, as the
 * service must predict an exercise before its answer.
 */
public final class KtTraining {

    /**
     * @param learners simulated learners to train on (a tenth more are generated for early stopping)
     * @param attempts about this many attempts per learner
     * @param seed the simulator's seed (validation learners use {@code seed + 1}) and the training seed
     */
    public record Settings(int learners, int attempts, int hidden, int embedding, int epochs, int patience,
                           float learningRate, long seed, boolean progress) {

        /** What {@code ./talent train kt} uses by default. */
        public static Settings defaults() {
            return new Settings(2_000, 60, 64, 64, 15, 3, 3e-3f, 42, true);
        }

        /** A tiny model for tests: seconds on two shared cores. */
        public static Settings tiny() {
            return new Settings(300, 40, 32, 32, 6, 2, 1e-2f, 7, false);
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
        List<KtSequence> train = SimulatedLearners.sequences(
                SimulatedLearners.generate(settings.learners(), settings.attempts(), settings.seed()), skills);
        List<KtSequence> valid = SimulatedLearners.sequences(SimulatedLearners.generate(
                Math.max(30, settings.learners() / 10), settings.attempts(), settings.seed() + 1), skills);
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
            Map<String, Double> metrics = new LinkedHashMap<>();
            metrics.put("validation.auc", result.bestValidationAuc());
            metrics.put("validation.auc.untrained", untrained);
            metrics.put("train.learners", (double) train.size());
            metrics.put("train.rows", (double) train.stream().mapToInt(KtSequence::length).sum());
            metrics.put("best.epoch", (double) result.bestEpoch());
            String fingerprint = "marketplace-sim learners=" + settings.learners() + " attempts=" + settings.attempts()
                    + " seed=" + settings.seed() + " skills=" + skills.size();
            String version = KtModels.publish(registry, name, network, skills, metrics, fingerprint);
            return new Result(version, metrics, (System.nanoTime() - start) / 1e9);
        }
    }
}
