package ai.talent.matching.train;

import ai.djl.ndarray.NDManager;
import ai.talent.matching.rank.MatchFeatures;
import ai.talent.matching.rank.MlpRanker;
import ai.talent.matching.rank.RankerStore;
import ai.talent.matching.text.ChunkedEncoder;
import ai.talent.matching.text.EncoderSettings;
import ai.talent.matching.text.MatchEncoders;
import ai.talent.matching.text.MatchTexts;
import ai.talent.matching.text.TowerBase;
import ai.talent.matching.tool.ToolArgs;
import ai.talent.matching.train.sim.SimulatedSuccess;
import ai.talent.nn.compress.EncoderFile;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.registry.ModelRegistry;
import ai.talent.nn.text.ContrastiveFineTuner;
import ai.talent.nn.text.EncoderChoice;
import ai.talent.nn.text.EncoderSelection;
import ai.talent.nn.text.EncoderSource;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.PretrainedWeights;
import ai.talent.nn.train.EpochStats;
import ai.talent.sim.text.TextHalf;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code ./talent train matching-encoder | matching-ranker | matching}: trains matching's towers' encoder
 * (fine-tuned from the suite's chosen encoder, all-MiniLM-L6-v2 on a fresh clone, on simulated hires, mined hard
 * negatives) and/or its ranker (on the hires, over features from the promoted encoder, or the one just trained, its
 * text similarity cross-fitted when those towers were fine-tuned on hires: {@link CrossFit}) into the model registry,
 * and promotes them unless told not to. The service loads the promoted versions when it starts.
 */
public final class TrainCommand {

    static final String USAGE = """
            Usage: ./talent train matching-encoder|matching-ranker|matching [options]
              matching-encoder  fine-tune the towers' encoder from the chosen base on simulated hires
              matching-ranker   train the ranker over features from the promoted encoder (or the base)
              matching          both: the encoder first, then the ranker on its vectors
            Options:
              --registry DIR      model registry (default $TALENT_MODEL_REGISTRY or target/models/registry)
              --seeds S,S         simulated training markets (default 101,102,103)
              --freelancers N     freelancers per market (default 2000)
              --projects N        projects per market (default 2000)
              --steps N           encoder fine-tuning steps (default 300)
              --batch N           encoder pairs per step (default 16)
              --tokens N          word pieces per training text (default 256)
              --epochs N          ranker epochs (default 60)
              --encoder E         the base to fine-tune, the suite's encoder choice: teacher | bilingual |
                                  domain | domain-bilingual | auto (default $TALENT_ENCODER or auto, as the
                                  service); a choice the registry lacks falls back to the teacher
              --no-cross-fit      train the ranker on the served towers' similarity even for the hires they were
                                  fine-tuned on (by default, when the towers are a fine-tuned matching-encoder, the
                                  ranker's lists read towers fine-tuned on the other half of the hires: two more
                                  fine-tunings of half the steps)
              --no-promote        publish without promoting
              -h, --help          this text
            """;

    private TrainCommand() {
    }

    public static void main(String[] args) {
        ToolArgs.run(args, TrainCommand::run);
    }

    static void run(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException(USAGE);
        }
        String what = args[0];
        if (what.equals("-h") || what.equals("--help")) {
            throw new ToolArgs.HelpRequested(USAGE);
        }
        if (!Set.of("matching-encoder", "matching-ranker", "matching").contains(what)) {
            throw new IllegalArgumentException("unknown model " + what + "\n" + USAGE);
        }
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        ToolArgs a = ToolArgs.parse(rest, Set.of("--registry", "--seeds", "--freelancers", "--projects", "--steps",
                "--batch", "--tokens", "--epochs", "--encoder"), Set.of("--no-promote", "--no-cross-fit"), USAGE);
        String defaultRegistry = System.getenv().getOrDefault("TALENT_MODEL_REGISTRY", "target/models/registry");
        ModelRegistry registry = new ModelRegistry(a.path("--registry", defaultRegistry));
        boolean promote = !a.flag("--no-promote");
        List<Long> seeds = a.seeds("--seeds", List.of(101L, 102L, 103L));
        int freelancers = a.integer("--freelancers", 2000);
        int projects = a.integer("--projects", 2000);
        MatchTexts texts = MatchTexts.standard();
        NnEngine.configureCurrentThread();

        log("simulating %d markets of %,d freelancers and %,d projects", seeds.size(), freelancers, projects);
        List<MarketHistory> markets = TrainingRun.markets(seeds, freelancers, projects, TextHalf.TRAIN);
        String fingerprint = "marketplace-sim seeds " + seeds + " freelancers " + freelancers + " projects " + projects;
        EncoderSettings encoderSettings = EncoderSettings.defaults().withCacheSize(0);

        EncoderTrainingSettings settings = TrainingRun.encoderSettings(a.integer("--steps", 300),
                a.integer("--batch", 16), a.integer("--tokens", 256));
        TowerBase base = new TowerBase(EncoderSelection.resolve(EncoderChoice.parse(a.string("--encoder",
                System.getenv().getOrDefault("TALENT_ENCODER", "auto"))), registry));
        // the hires with their hard negatives, mined once for the encoder and for the ranker's cross-fitting
        List<ContrastiveFineTuner.Pair> pairs = null;
        if (!what.equals("matching-ranker")) {
            log("fine-tuning from %s", base.selection().description());
            pairs = minePairs(markets, texts, base, settings, encoderSettings);
            String version = trainEncoder(registry, texts, base, settings, pairs, fingerprint);
            if (promote) {
                registry.promote(MatchEncoders.MODEL, version);
                log("promoted %s %s", MatchEncoders.MODEL, version);
            }
        }
        if (!what.equals("matching-encoder")) {
            String source = promote || what.equals("matching-ranker") ? "auto" : "base";
            try (ChunkedEncoder encoder = MatchEncoders.load(source, base, registry, encoderSettings)) {
                log("ranker features from %s", encoder.fingerprint());
                RankerTrainer trainer = new RankerTrainer(texts, new MatchFeatures(TrainingRun.BUDGETS),
                        TrainingRun.rankerSettings(a.integer("--epochs", 60)));
                SimulatedSuccess success = SimulatedSuccess.fit(markets, SimulatedSuccess.COVERAGE);
                List<RankingList> lists = new ArrayList<>();
                boolean fineTuned = source.equals("auto") && registry.currentVersion(MatchEncoders.MODEL) != null;
                if (fineTuned && !a.flag("--no-cross-fit")) {
                    // the served towers were fine-tuned on hires like these: the lists read towers that were not
                    // (CrossFit; README, "Cross-fitted similarity")
                    log("cross-fitting the text similarity: towers fine-tuned from %s on each half of the hires",
                            base.selection().description());
                    if (pairs == null) {
                        pairs = minePairs(markets, texts, base, settings, encoderSettings);
                    }
                    try (NDManager manager = NnEngine.get().newBaseManager()) {
                        lists.addAll(CrossFit.lists(trainer, texts, base, settings, pairs, markets, (towers, w) -> {
                            List<PoolVectors> out = new ArrayList<>();
                            for (MarketHistory m : markets) {
                                out.add(PoolVectors.embed(m.freelancers(), towers, texts, 64));
                            }
                            return out;
                        }, manager, encoderSettings, success, message -> log("%s", message)));
                    }
                } else {
                    for (MarketHistory m : markets) {
                        lists.addAll(trainer.lists(m, PoolVectors.embed(m.freelancers(), encoder, texts, 64), encoder,
                                success));
                    }
                }
                log("training the ranker on %,d lists of %d candidates", lists.size(),
                        lists.isEmpty() ? 0 : lists.get(0).labels().length);
                RankerTrainer.Trained trained = trainer.train(lists, "trained", Path.of("target/reports/matching"));
                try (MlpRanker ranker = trained.ranker()) {
                    Map<String, Double> metrics = new LinkedHashMap<>();
                    EpochStats best = trained.result().history().get(trained.result().bestEpoch() - 1);
                    metrics.put("validation.listnet", best.validationLoss());
                    metrics.put("train.listnet", best.trainLoss());
                    metrics.put("epochs", (double) trained.result().bestEpoch());
                    String version = new RankerStore(registry).publish(ranker, metrics,
                            fingerprint + " encoder " + encoder.fingerprint());
                    log("published %s %s (validation ListNet %.4f at epoch %d)", RankerStore.MODEL, version,
                            best.validationLoss(), trained.result().bestEpoch());
                    if (promote) {
                        registry.promote(RankerStore.MODEL, version);
                        log("promoted %s %s", RankerStore.MODEL, version);
                    }
                }
            }
        }
    }

    /** The training hires as fine-tuning pairs, with hard negatives mined by the pretrained base. */
    private static List<ContrastiveFineTuner.Pair> minePairs(List<MarketHistory> markets, MatchTexts texts,
                                                             TowerBase base, EncoderTrainingSettings settings,
                                                             EncoderSettings encoderSettings) {
        try (ChunkedEncoder pretrained = base.serving(encoderSettings)) {
            log("mining hard negatives with the pretrained encoder");
            List<PoolVectors> pools = new ArrayList<>();
            for (MarketHistory m : markets) {
                pools.add(PoolVectors.embed(m.freelancers(), pretrained, texts, 64));
            }
            return new EncoderTrainer(texts, base, settings).pairs(markets, pools, pretrained);
        } catch (Exception e) {
            throw new IllegalStateException("mining hard negatives failed: " + e.getMessage(), e);
        }
    }

    private static String trainEncoder(ModelRegistry registry, MatchTexts texts, TowerBase base,
                                       EncoderTrainingSettings settings, List<ContrastiveFineTuner.Pair> pairs,
                                       String fingerprint) throws IOException {
        EncoderTrainer trainer = new EncoderTrainer(texts, base, settings);
        log("fine-tuning on %,d hires: %d steps of %d pairs", pairs.size(), settings.steps(), settings.batchSize());
        Path dir = Files.createTempDirectory("matching-encoder");
        try (NDManager manager = NnEngine.get().newBaseManager()) {
            float[] last = new float[2];
            BertEncoder bert = trainer.fineTune(pairs, manager, p -> {
                last[0] = p[0];
                last[1] = p[1];
                log("  step %d: InfoNCE %.3f", (int) p[0], p[1]);
            });
            Path weights = dir.resolve(MatchEncoders.WEIGHTS);
            EncoderFile.save(bert, weights, false);
            Path tokenizer = MatchEncoders.tokenizerOf(base, dir.resolve(MatchEncoders.TOKENIZER));
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("base", base.name());
            extra.put("steps", settings.steps());
            extra.put("batchSize", settings.batchSize());
            extra.put("frozenLayers", settings.frozenLayers());
            extra.put("learningRate", settings.learningRate());
            Map<String, Double> metrics = Map.of("train.infonce", (double) last[1], "pairs", (double) pairs.size());
            String version = EncoderSource.publish(registry, MatchEncoders.MODEL, weights, tokenizer, bert,
                    MatchEncoders.pooling(), settings.maxTokens(), metrics, fingerprint, extra);
            log("published %s %s", MatchEncoders.MODEL, version);
            return version;
        } finally {
            try (var files = Files.walk(dir)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            } catch (IOException ignored) {
                // a temporary folder left behind is harmless
            }
        }
    }

    static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, format + "%n", args);
        System.out.flush();
    }
}
