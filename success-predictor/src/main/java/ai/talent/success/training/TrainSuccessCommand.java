package ai.talent.success.training;

import ai.talent.nn.registry.ModelRegistry;
import ai.talent.nn.text.EncoderChoice;
import ai.talent.success.evaluation.sim.SimulatedHistory;
import ai.talent.success.feature.ContractReplay;
import ai.talent.success.feature.FeatureSettings;
import ai.talent.success.feature.SuccessEncoders;
import ai.talent.success.feature.TextEmbedder;
import ai.talent.success.feature.SuccessFeatures;
import ai.talent.success.learning.CandidateTraining;
import ai.talent.success.learning.Example;
import ai.talent.success.learning.PromotionGate;
import ai.talent.success.learning.SuccessModels;
import ai.talent.success.model.EnsembleStore;
import ai.talent.success.model.EnsembleTrainer;
import ai.talent.success.model.MlpHyperparameters;
import ai.talent.success.model.SuccessEnsemble;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./talent train success}: trains the success ensemble on a simulated marketplace's contracts exactly as the
 * service's background trainer does ({@link CandidateTraining}: time order, the latest share held out as the
 * window that decides promotion), publishes it into a model registry and promotes it when it is not worse on that
 * window than the registry's current version. Prints its progress; the last line is one JSON object.
 * The simulator is a tool-only dependency (scope provided): this command is never part of the packaged service.
 */
public final class TrainSuccessCommand {

    static final String USAGE = """
            Usage: ./talent train success [options]
              trains the success ensemble on a simulated marketplace into a model registry (the service's own by
              default, so the next ./talent up serves it) and promotes it if it is not worse on the recent window
              than the registry's current version; last line: one JSON object of its metrics
              --freelancers N    simulated freelancers (default 1500)
              --projects N       simulated projects (default 4000)
              --seed S           simulator seed (default 42)
              --trials N         Bayesian tuner trials under 3-fold cross-validation (default 8; 0 = defaults)
              --members N        ensemble members (default 5)
              --window F         share of the latest contracts held out to decide promotion (default 0.2)
              --registry DIR     registry folder (default .run/state/success-predictor/models)
              --encoder E        encoder of the text columns: teacher | bilingual | domain | domain-bilingual |
                                 auto (= the best promoted, else MiniLM); default: TALENT_SUCCESS_ENCODER, else
                                 teacher (MiniLM), as the service; the model names it and is served with it only
              --encoder-registry DIR
                                 where the encoders are promoted (default: TALENT_MODEL_REGISTRY, else
                                 target/models/registry)
              --no-promote       publish as a candidate only
              --quick            400 freelancers, 1000 projects, no tuning
              -h, --help         this text
            """;

    public static void main(String[] args) throws Exception {
        int freelancers = 1_500;
        int projects = 4_000;
        long seed = 42;
        int trials = 8;
        int members = 5;
        double window = 0.2;
        Path registryDir = Path.of(".run/state/success-predictor/models");
        boolean promote = true;
        String encoder = System.getenv().getOrDefault("TALENT_SUCCESS_ENCODER", "teacher");
        Path encoderRegistry = Path.of(System.getenv().getOrDefault("TALENT_MODEL_REGISTRY", "target/models/registry"));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-h", "--help" -> {
                    System.out.print(USAGE);
                    return;
                }
                case "--freelancers" -> freelancers = Integer.parseInt(value(args, ++i));
                case "--projects" -> projects = Integer.parseInt(value(args, ++i));
                case "--seed" -> seed = Long.parseLong(value(args, ++i));
                case "--trials" -> trials = Integer.parseInt(value(args, ++i));
                case "--members" -> members = Integer.parseInt(value(args, ++i));
                case "--window" -> window = Double.parseDouble(value(args, ++i));
                case "--registry" -> registryDir = Path.of(value(args, ++i));
                case "--no-promote" -> promote = false;
                case "--encoder" -> encoder = value(args, ++i);
                case "--encoder-registry" -> encoderRegistry = Path.of(value(args, ++i));
                case "--quick" -> {
                    freelancers = 400;
                    projects = 1_000;
                    trials = 0;
                }
                default -> {
                    System.err.println("train success: unknown option '" + args[i] + "'");
                    System.err.print(USAGE);
                    System.exit(2);
                }
            }
        }
        EncoderChoice choice;
        try {
            choice = EncoderChoice.parse(encoder);
        } catch (IllegalArgumentException e) {
            System.err.println("train success: " + e.getMessage());
            System.exit(2);
            return;
        }
        run(freelancers, projects, seed, trials, members, window, registryDir, promote, choice, encoderRegistry);
        System.exit(0);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            System.err.println("train success: option '" + args[i - 1] + "' needs a value");
            System.exit(2);
        }
        return args[i];
    }

    static void run(int freelancers, int projects, long seed, int trials, int members, double window,
                    Path registryDir, boolean promote, EncoderChoice encoder, Path encoderRegistry) throws Exception {
        long start = System.nanoTime();
        progress(start, "simulating a marketplace of %d freelancers and %d projects (seed %d)", freelancers,
                projects, seed);
        SimulatedHistory history = SimulatedHistory.generate(freelancers, projects, seed);
        List<Example> examples = ContractReplay.replay(history.events()).stream()
                .filter(c -> c.succeeded() != null)
                .map(c -> new Example(c.contractId(), c.input(), c.succeeded()))
                .toList();
        CandidateTraining.Split split = CandidateTraining.split(examples, window);
        progress(start, "%d labelled contracts: %d train, %d fit the temperature, %d form the recent window",
                examples.size(), split.train().size(), split.validation().size(), split.window().size());
        SuccessFeatures features = new SuccessFeatures(FeatureSettings.defaults());
        ModelRegistry registry = new ModelRegistry(registryDir);
        EnsembleStore store = new EnsembleStore(registry);
        Map<String, Object> figures = new LinkedHashMap<>();
        try (SuccessEncoders encoders = new SuccessEncoders(encoderRegistry, encoder, 50_000)) {
            TextEmbedder embedder = encoders.embedder(encoders.choice().id());
            progress(start, "texts embedded by %s", encoders.choice().description());
            EnsembleTrainer.Settings settings = EnsembleTrainer.Settings.defaults().withTrials(trials)
                    .withMembers(members).withSeed(seed);
            CandidateTraining.Candidate candidate = CandidateTraining.train(SuccessModels.MODEL, split, features,
                    embedder, settings.withBase(MlpHyperparameters.defaults()), m -> progress(start, "%s", m));
            Map<String, Double> metrics = new LinkedHashMap<>(candidate.metrics());
            String current = registry.currentVersion(SuccessModels.MODEL);
            PromotionGate.Decision decision = new PromotionGate.Decision(true, "no version promoted yet");
            if (current != null) {
                try (SuccessEnsemble served = store.load(SuccessModels.MODEL, current)) {
                    // the served version with the encoder it names (refused, like in the service, when it is missing)
                    double[] p = CandidateTraining.probabilities(served, split.window(), features,
                            encoders.embedder(served.spec().encoder()));
                    metrics.putAll(CandidateTraining.windowMetrics("current.window", p,
                            CandidateTraining.labels(split.window())));
                }
                decision = new PromotionGate(0).decide(metrics.get("window.logloss"),
                        metrics.get("current.window.logloss"), current);
            }
            boolean promoted = promote && decision.promote();
            metrics.put("promoted", promoted ? 1.0 : 0.0);
            String version;
            try (SuccessEnsemble ensemble = candidate.ensemble()) {
                version = store.publish(SuccessModels.MODEL, ensemble, metrics, "simulated:" + freelancers + "x"
                        + projects + ":seed" + seed);
            }
            if (promoted) {
                registry.promote(SuccessModels.MODEL, version);
            }
            progress(start, "%s published under %s, %s (%s)", version, registryDir.toAbsolutePath(),
                    promoted ? "promoted" : "kept as a candidate", decision.reason());
            progress(start, "window: AUC %.3f, log-loss %.4f, Brier %.4f; validation ECE %.3f, T = %.2f",
                    metrics.getOrDefault("window.auc", Double.NaN), metrics.get("window.logloss"),
                    metrics.get("window.brier"), metrics.get("validation.ece"), metrics.get("temperature"));
            metrics.forEach((k, v) -> figures.put("success.train." + k, Math.round(v * 10_000) / 10_000.0));
            figures.put("success.train.version", version);
            figures.put("success.train.encoder", embedder.encoderId());
            figures.put("success.train.promoted", promoted);
            figures.put("success.train.seconds", Math.round((System.nanoTime() - start) / 1e9));
        }
        System.out.println(new ObjectMapper().writeValueAsString(figures));
    }

    private static void progress(long start, String format, Object... args) {
        System.out.printf(Locale.ROOT, "[%5.0f s] %s%n", (System.nanoTime() - start) / 1e9,
                String.format(Locale.ROOT, format, args));
        System.out.flush();
    }
}
