package ai.talent.nn.kt;

import ai.djl.Model;
import ai.djl.ndarray.NDManager;
import ai.talent.nn.engine.NnEngine;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * {@code ./talent eval kt}: DKT and the AKT-style attention model on the ASSISTments 2009 folds. For each fold
 * k each model is trained on {@code train<k>}, stopped early on {@code valid<k>} and scored on {@code test<k>},
 * under both protocols ({@link Protocol}); AUC and accuracy are printed as mean ± std over the folds beside
 * the published figures and the reference PyTorch DKT measured on the same folds. The last line is one JSON
 * object (also written to {@code <out>/kt-eval.json}).
 */
public final class KtEvalCommand {

    /** AKT paper (Ghosh et al., KDD 2020), same folds, rows protocol. */
    static final double PUBLISHED_DKT_ROWS = 0.817;
    static final double PUBLISHED_AKT_ROWS = 0.835;
    /** A plain PyTorch DKT (LSTM 200, Adam 1e-3, early stop on valid) measured on these folds (data README). */
    static final double REFERENCE_DKT_ROWS = 0.816;
    static final double REFERENCE_DKT_ROWS_STD = 0.005;
    static final double REFERENCE_DKT_LEAKFREE = 0.751;
    static final double REFERENCE_DKT_LEAKFREE_STD = 0.004;

    private KtEvalCommand() {
    }

    /** One trained and scored (fold, model, protocol). */
    record Run(int fold, String model, int seed, Protocol protocol, double auc, double accuracy, int rows, int bestEpoch,
            int epochs, double seconds, Fused fused, KtScores scores) {
    }

    /** The ensemble's name in the report and its key in the JSON line. */
    static final String ENSEMBLE = "ensemble";

    /**
     * Per fold and protocol with more than one trained network (several models, or one model with several seeds),
     * their {@link KtEnsemble}: the mean of their logits, each network weighing the same (fixed beforehand: nothing is
     * tuned on the test rows).
     */
    static List<Run> ensembles(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        Map<String, List<Run>> byFoldAndProtocol = new LinkedHashMap<>();
        for (Run r : runs) {
            byFoldAndProtocol.computeIfAbsent(r.fold() + "/" + r.protocol().key(), k -> new ArrayList<>()).add(r);
        }
        for (List<Run> members : byFoldAndProtocol.values()) {
            if (members.size() < 2) {
                continue;
            }
            Run first = members.get(0);
            KtScores all = KtScores.meanLogit(members.stream().map(Run::scores).toList());
            Fused fused = first.protocol() == Protocol.LEAK_FREE ? Fused.of(all) : null;
            out.add(new Run(first.fold(), ENSEMBLE, 0, first.protocol(), all.auc(), all.accuracy(), all.rows(), 0, 0,
                    members.stream().mapToDouble(Run::seconds).max().orElse(0), fused, all));
            String name = "fold " + first.fold() + " " + ENSEMBLE + " " + first.protocol().key();
            System.out.printf(Locale.ROOT, "%-22s test AUC %.4f  accuracy %.4f  (the mean of %d networks' logits: %s)%n", name,
                    all.auc(), all.accuracy(), members.size(), membersOf(members));
            if (fused != null) {
                System.out.printf(Locale.ROOT, "%-22s test AUC %.4f  accuracy %.4f  one prediction per problem "
                        + "(late fusion); over the %d problems AUC %.4f%n", name, fused.auc(), fused.accuracy(),
                        fused.problems(), fused.problemAuc());
            }
        }
        return out;
    }

    /** {@code dkt ×1 + akt ×2}. */
    static String membersOf(List<Run> members) {
        Map<String, Integer> count = new LinkedHashMap<>();
        for (Run r : members) {
            count.merge(r.model(), 1, Integer::sum);
        }
        return count.entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue())
                .collect(java.util.stream.Collectors.joining(" + "));
    }

    /**
     * Leak-free only: the scores with one prediction per problem, the mean of its rows' logits (late fusion), over the
     * rows and over the problems (each counted once).
     */
    record Fused(double auc, double accuracy, double problemAuc, int problems) {

        static Fused of(KtScores scores) {
            KtScores fused = scores.fused();
            KtScores problems = fused.perGroup();
            return new Fused(fused.auc(), fused.accuracy(), problems.auc(), problems.rows());
        }
    }

    /** Options; see {@link #usage()}. */
    record Options(Path data, Path out, int folds, List<String> models, List<Protocol> protocols, int jobs,
            KtTrainConfig train, int evalWindow, int dktWindow, int aktWindow, long aktCells, int dktHidden, int dktEmbedding, float dktDropout, float dktLr,
            int aktModel, int aktHeads, int aktFeedForward, int aktFinal, float aktDropout, float aktLr, float aktL2,
            int aktSpan, float aktSparseLr, boolean aktMatch, boolean aktRecall, boolean aktFuse, boolean joint, int aktEpochs,
            double totalMinutes, int dktSeeds, int aktSeeds) {

        /**
         * Trainings the run makes: one per fold, model, seed and protocol, or per fold, model and seed with
         * {@code --joint}.
         */
        int trainings() {
            int networks = models.stream().mapToInt(this::seeds).sum();
            return folds * networks * (joint ? 1 : protocols.size());
        }

        /** How many networks of {@code model} each fold trains (seeds {@code seed}, {@code seed + 1000}, …). */
        int seeds(String model) {
            return model.equals(KtNetworks.DKT) ? dktSeeds : aktSeeds;
        }

        /**
         * Each training's wall-time budget: its own ({@code --max-minutes}), or its share of {@code --total-minutes}
         * (trainings run {@code jobs} at a time), of which {@link #TRAINING_SHARE} for training and the rest left
         * for scoring the test fold and starting up.
         */
        double trainingSeconds() {
            if (totalMinutes <= 0) {
                return train.maxSeconds();
            }
            int rounds = (trainings() + jobs - 1) / jobs;
            return TRAINING_SHARE * totalMinutes * 60 / rounds;
        }
    }

    /** Share of a training's slot of {@code --total-minutes} spent training (the rest scores the test fold). */
    static final double TRAINING_SHARE = 0.8;

    public static void main(String[] args) throws Exception {
        try {
            Options o = parse(args);
            if (o != null) {
                evaluate(o);
            }
        } catch (IllegalArgumentException e) {
            System.err.println("eval kt: " + e.getMessage());
            System.exit(2);
        }
    }

    static void evaluate(Options o) throws Exception {
        long start = System.nanoTime();
        System.out.printf(Locale.ROOT, "knowledge tracing on ASSISTments 2009 (%s): %d fold(s), models %s, protocols %s, "
                + "%d job(s) at a time, %d training(s)%s%n", o.data(), o.folds(), o.models(),
                o.protocols().stream().map(Protocol::key).toList(), o.jobs(), o.trainings(),
                o.trainingSeconds() > 0 ? String.format(Locale.ROOT, ", each at most %.0f s", o.trainingSeconds()) : "");
        List<KtFold> folds = new ArrayList<>();
        for (int k = 1; k <= o.folds(); k++) {
            folds.add(KtFold.read(o.data(), k));
        }
        NnEngine.get();
        List<Run> runs = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(o.jobs());
        try {
            List<Future<List<Run>>> futures = new ArrayList<>();
            for (KtFold fold : folds) {
                for (String model : o.models()) {
                    for (int seed = 0; seed < o.seeds(model); seed++) {
                        int k = seed;
                        if (o.joint()) {
                            futures.add(pool.submit(() -> run(fold, model, k, o.protocols(), o)));
                        } else {
                            for (Protocol protocol : o.protocols()) {
                                futures.add(pool.submit(() -> run(fold, model, k, List.of(protocol), o)));
                            }
                        }
                    }
                }
            }
            for (Future<List<Run>> f : futures) {
                runs.addAll(f.get());
            }
        } finally {
            pool.shutdown();
        }
        runs.addAll(ensembles(runs));
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> json = summary(runs, o, seconds);
        Files.createDirectories(o.out());
        String line = new ObjectMapper().writeValueAsString(json);
        Files.writeString(o.out().resolve("kt-eval.json"), line + System.lineSeparator());
        System.out.println(line);
    }

    /** Trains one network for {@code protocols} (one or, with {@code --joint}, several) and scores each. */
    static List<Run> run(KtFold fold, String model, int seed, List<Protocol> protocols, Options o) {
        String label = model + (seed > 0 ? "#" + (seed + 1) : "");
        String name = "fold " + fold.index() + " " + label + " "
                + protocols.stream().map(Protocol::key).collect(java.util.stream.Collectors.joining("+"));
        int skills = max(fold, KtSequence::maxSkill);
        int questions = max(fold, KtSequence::maxQuestion);
        KtNetwork network = model.equals(KtNetworks.DKT)
                ? new Dkt(new DktConfig(skills, o.dktEmbedding(), o.dktHidden(), o.dktDropout()))
                : new Akt(new AktConfig(skills, questions, o.aktModel(), o.aktHeads(), o.aktFeedForward(), o.aktFinal(),
                        o.aktDropout(), o.aktSpan(), o.aktL2(), o.aktMatch(), o.aktRecall(), o.aktFuse()));
        boolean dkt = model.equals(KtNetworks.DKT);
        KtTrainConfig config = o.train().withSeed(o.train().seed() + 1000L * seed).withLearningRate(dkt ? o.dktLr() : o.aktLr())
                .withWindow(dkt ? o.dktWindow() : o.aktWindow())
                .withValidationWindow(dkt ? 0 : o.aktWindow())
                .withMaxCells(dkt ? 0 : o.aktCells())
                .withSparseLearningRate(o.aktSparseLr())
                .withMaxSeconds(o.trainingSeconds())
                .withProgress(o.train().showProgress(), name);
        if (!dkt && o.aktEpochs() > 0) {
            config = config.withEpochs(o.aktEpochs());
        }
        long start = System.nanoTime();
        long cpuStart = threadCpuNanos();
        try (Model m = Model.newInstance(name)) {
            m.setBlock(network);
            KtTrainer.Result result = KtTrainer.fit(m, protocols, fold.train(), fold.valid(), config);
            List<Run> runs = new ArrayList<>();
            for (Protocol protocol : protocols) {
                KtTrainer.Best best = result.of(protocol);
                if (protocols.size() > 1) {
                    KtTrainer.restore(network, best, m.getNDManager());
                }
                try (NDManager scratch = m.getNDManager().newSubManager()) {
                    KtScores scores = KtEvaluator.score(network, fold.test(), protocol, o.evalWindow(), scratch);
                    Fused fused = protocol == Protocol.LEAK_FREE ? Fused.of(scores) : null;
                    writePredictions(o.out().resolve("kt-predictions").resolve("fold" + fold.index() + "-" + model
                            + (seed > 0 ? "-seed" + (seed + 1) : "") + "-" + protocol.key() + ".csv"), scores);
                    Run r = new Run(fold.index(), model, seed, protocol, scores.auc(), scores.accuracy(), scores.rows(),
                            best.epoch(), result.epochs().size(), (System.nanoTime() - start) / 1e9, fused, scores);
                    // CPU time of this thread so far (training, then scoring): on shared cores the wall time mostly
                    // measures the neighbours
                    System.out.printf(Locale.ROOT, "%-22s test AUC %.4f  accuracy %.4f  (%d rows; best epoch %d of %d, "
                            + "validation AUC %.4f; %.0f s wall, %.0f s CPU)%n",
                            "fold " + fold.index() + " " + label + " " + protocol.key(), r.auc(), r.accuracy(), r.rows(),
                            r.bestEpoch(), r.epochs(), best.validationAuc(), r.seconds(), (threadCpuNanos() - cpuStart) / 1e9);
                    if (fused != null) {
                        System.out.printf(Locale.ROOT, "%-22s test AUC %.4f  accuracy %.4f  one prediction per problem "
                                + "(late fusion); over the %d problems AUC %.4f%n", "fold " + fold.index() + " " + label
                                + " " + protocol.key(), fused.auc(), fused.accuracy(), fused.problems(), fused.problemAuc());
                    }
                    runs.add(r);
                }
            }
            return runs;
        }
    }

    /**
     * Every test row's prediction (group, response, probability; the fold's test file order) for studies beyond the
     * printed figures: reliability, combining models.
     */
    static void writePredictions(Path file, KtScores scores) {
        StringBuilder csv = new StringBuilder("group,correct,p\n");
        for (int i = 0; i < scores.rows(); i++) {
            csv.append(scores.groups()[i]).append(',').append(scores.labels()[i]).append(',')
                    .append(String.format(Locale.ROOT, "%.6f", scores.probabilities()[i])).append('\n');
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, csv);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + file, e);
        }
    }

    private static long threadCpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0L;
    }

    private static int max(KtFold fold, java.util.function.ToIntFunction<KtSequence> f) {
        return Stream.of(fold.train(), fold.valid(), fold.test()).flatMap(List::stream).mapToInt(f).max().orElse(1);
    }

    static Map<String, Object> summary(List<Run> runs, Options o, double seconds) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("eval", "kt");
        json.put("data", "assist2009_pid");
        json.put("folds", o.folds());
        System.out.println();
        System.out.printf(Locale.ROOT, "%-10s %-9s %-17s %-17s %s%n", "model", "protocol", "AUC (mean ± std)",
                "accuracy", "reference on the same folds");
        List<String> models = new ArrayList<>(o.models());
        if (runs.stream().anyMatch(r -> r.model().equals(ENSEMBLE))) {
            models.add(ENSEMBLE);
        }
        for (String model : models) {
            for (Protocol protocol : o.protocols()) {
                // a model's own row: its first seed's networks (the others only join the ensemble)
                List<Run> rs = runs.stream().filter(r -> r.model().equals(model) && r.seed() == 0 && r.protocol() == protocol)
                        .toList();
                double[] auc = rs.stream().mapToDouble(Run::auc).toArray();
                double[] acc = rs.stream().mapToDouble(Run::accuracy).toArray();
                String key = (model.equals(ENSEMBLE) ? "ensemble" : model) + "." + protocol.key();
                json.put(key + ".auc", round(mean(auc)));
                json.put(key + ".auc.std", round(std(auc)));
                json.put(key + ".acc", round(mean(acc)));
                json.put(key + ".acc.std", round(std(acc)));
                String reference = reference(model, protocol, json, key);
                System.out.printf(Locale.ROOT, "%-10s %-9s %.4f ± %.4f   %.4f ± %.4f   %s%n", model, protocol.key(),
                        mean(auc), std(auc), mean(acc), std(acc), reference);
                if (protocol == Protocol.LEAK_FREE && !rs.isEmpty()) {
                    double[] fusedAuc = rs.stream().mapToDouble(r -> r.fused().auc()).toArray();
                    double[] fusedAcc = rs.stream().mapToDouble(r -> r.fused().accuracy()).toArray();
                    double[] problemAuc = rs.stream().mapToDouble(r -> r.fused().problemAuc()).toArray();
                    json.put(key + ".fused.auc", round(mean(fusedAuc)));
                    json.put(key + ".fused.auc.std", round(std(fusedAuc)));
                    json.put(key + ".fused.acc", round(mean(fusedAcc)));
                    json.put(key + ".fused.problems.auc", round(mean(problemAuc)));
                    json.put(key + ".fused.problems.auc.std", round(std(problemAuc)));
                    System.out.printf(Locale.ROOT, "%-10s %-9s %.4f ± %.4f   %.4f ± %.4f   one prediction per problem (late "
                            + "fusion); over problems, each once: %.4f ± %.4f%n", model, "+fusion", mean(fusedAuc),
                            std(fusedAuc), mean(fusedAcc), std(fusedAcc), mean(problemAuc), std(problemAuc));
                }
            }
        }
        json.put("seconds", Math.round(seconds));
        System.out.printf(Locale.ROOT, "%nrows: every row predicted from all rows before it (AKT's protocol; the second row "
                + "of a multi-skill problem sees the first row's response, which is the same response).%n"
                + "leakfree: the rows of one problem predicted together from the history before the problem.%n"
                + "+fusion: leak-free, the rows of one problem given one prediction, the mean of their logits.%n"
                + "ensemble: every network trained on the fold predicting together (KtEnsemble: the mean of their logits).%n"
                + "std: sample standard deviation over the %d test fold(s); wall time %.0f s.%n", o.folds(), seconds);
        return json;
    }

    private static String reference(String model, Protocol protocol, Map<String, Object> json, String key) {
        if (model.equals(KtNetworks.DKT) && protocol == Protocol.ROWS) {
            json.put(key + ".auc.published", PUBLISHED_DKT_ROWS);
            json.put(key + ".auc.reference", REFERENCE_DKT_ROWS);
            json.put(key + ".auc.reference.std", REFERENCE_DKT_ROWS_STD);
            return String.format(Locale.ROOT, "published DKT %.3f; PyTorch DKT (LSTM 200) %.3f ± %.3f", PUBLISHED_DKT_ROWS,
                    REFERENCE_DKT_ROWS, REFERENCE_DKT_ROWS_STD);
        }
        if (model.equals(KtNetworks.DKT)) {
            json.put(key + ".auc.reference", REFERENCE_DKT_LEAKFREE);
            json.put(key + ".auc.reference.std", REFERENCE_DKT_LEAKFREE_STD);
            return String.format(Locale.ROOT, "PyTorch DKT (LSTM 200) %.3f ± %.3f", REFERENCE_DKT_LEAKFREE,
                    REFERENCE_DKT_LEAKFREE_STD);
        }
        if (protocol == Protocol.ROWS) {
            json.put(key + ".auc.published", PUBLISHED_AKT_ROWS);
            return String.format(Locale.ROOT, "published AKT-R %.3f", PUBLISHED_AKT_ROWS);
        }
        return "none published for this protocol";
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return v.length == 0 ? Double.NaN : s / v.length;
    }

    /** Sample standard deviation (0 for a single value). */
    static double std(double[] v) {
        if (v.length < 2) {
            return 0;
        }
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / (v.length - 1));
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    static String usage() {
        return """
                Usage: ./talent eval kt [options]
                Trains DKT and the AKT-style attention model on each ASSISTments 2009 fold (train<k>, early stop on
                valid<k>) and reports test<k> AUC and accuracy, mean ± std over the folds, under both protocols.
                  --data DIR          the folds (default ../shared/data/knowledge-tracing/assist2009_pid)
                  --folds N           use folds 1..N (default 5); --quick is --folds 1
                  --models LIST       dkt,akt (default both)
                  --protocols LIST    rows,leakfree (default both)
                  --jobs N            trainings run at the same time (default 1)
                  --dkt-seeds N, --akt-seeds N
                                      networks of each model trained per fold (seeds --seed, +1000, …; default 1
                                      each); with two or more networks per fold the report adds their ensemble (the
                                      mean of their logits, KtEnsemble)
                  --epochs N          most epochs (default 30); --patience N (default 3); --akt-epochs N caps AKT's apart
                  --plateau-decay X   multiply the learning rates by X after an epoch with no better validation AUC
                                      (default 1: constant rates)
                  --joint             one training per fold and model serves every protocol: each batch is predicted
                                      under all of them (one DKT LSTM pass, one set of AKT encoders), each protocol is
                                      scored with the weights of its own best validation epoch
                  --max-minutes X     wall-time budget of each training (default 0: none); the best epoch so far is kept
                  --total-minutes X   wall-time budget of the whole run: each training gets its share (trainings run
                                      --jobs at a time; 80 % of a share trains, the rest scores the test fold)
                Five folds in ~30 minutes on 2 cores: --joint --jobs 2 --total-minutes 30
                  --batch N           windows per batch (default 64)
                  --dkt-window N, --akt-window N   rows per training window (default 200, 100); AKT validates on
                                      windows of the same length
                  --akt-cells N       most window × row × row cells per AKT batch (default 1000000)
                  --eval-window N     restart the history every N test rows (default 0: whole history)
                  --dkt-hidden N, --dkt-dropout X, --dkt-lr X
                  --dkt-embedding N   width of the (skill, response) embedding in front of the LSTM (default 200); 0: the
                                      one-hot input of the original DKT (cheaper, but learns far slower)
                  --akt-model N, --akt-heads N, --akt-ff N, --akt-final N, --akt-dropout X, --akt-lr X, --akt-l2 X, --akt-span N,
                  --akt-sparse-lr X (Adagrad rate of question parameters), --akt-match true|false (same-question attention bonus),
                  --akt-recall true|false (logit term for the latest visible response to the same question)
                  --akt-fuse true|false   (rows predicted together, one problem's skills, share the mean logit)
                  --seed N            initialisation, dropout and batch order (default 42)
                  --out DIR           report folder (default target/reports)
                The last line is one JSON object (keys like dkt.rows.auc, akt.leakfree.auc.std).""";
    }

    static Options parse(String[] args) {
        Path data = KtFold.ASSIST2009;
        Path out = Path.of("target/reports");
        int folds = 5;
        List<String> models = List.of(KtNetworks.DKT, KtNetworks.AKT);
        List<Protocol> protocols = List.of(Protocol.ROWS, Protocol.LEAK_FREE);
        int jobs = 1;
        KtTrainConfig train = KtTrainConfig.defaults();
        int evalWindow = 0;
        int dktWindow = 200;
        int aktWindow = 100;
        long aktCells = 1_000_000L;
        DktConfig dkt = DktConfig.defaults(1);
        float dktLr = 1e-3f;
        AktConfig akt = AktConfig.defaults(1, 1);
        int aktModel = akt.model();
        int aktHeads = akt.heads();
        int aktFf = akt.feedForward();
        int aktFinal = akt.finalHidden();
        float aktDropout = akt.dropout();
        float aktLr = 1e-3f;
        float aktL2 = akt.difficultyL2();
        int aktSpan = akt.span();
        float aktSparseLr = KtTrainConfig.defaults().sparseLearningRate();
        boolean aktMatch = akt.questionMatch();
        boolean aktRecall = akt.recall();
        boolean aktFuse = akt.fuse();
        boolean joint = false;
        int dktSeeds = 1;
        int aktSeeds = 1;
        int aktEpochs = 0;
        double totalMinutes = 0;
        int dktHidden = dkt.hidden();
        int dktEmbedding = dkt.embedding();
        float dktDropout = dkt.dropout();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--help", "-h" -> {
                    System.out.println(usage());
                    return null;
                }
                case "--data" -> data = Path.of(value(args, ++i, a));
                case "--out" -> out = Path.of(value(args, ++i, a));
                case "--folds" -> folds = integer(args, ++i, a, 1, 5);
                case "--quick" -> folds = 1;
                case "--models" -> models = List.of(value(args, ++i, a).split(","));
                case "--protocols" -> protocols = Stream.of(value(args, ++i, a).split(",")).map(KtEvalCommand::protocol).toList();
                case "--jobs" -> jobs = integer(args, ++i, a, 1, 64);
                case "--dkt-seeds" -> dktSeeds = integer(args, ++i, a, 1, 10);
                case "--akt-seeds" -> aktSeeds = integer(args, ++i, a, 1, 10);
                case "--epochs" -> train = train.withEpochs(integer(args, ++i, a, 1, 10_000));
                case "--joint" -> joint = true;
                case "--total-minutes" -> totalMinutes = real(args, ++i, a);
                case "--akt-epochs" -> aktEpochs = integer(args, ++i, a, 1, 10_000);
                case "--patience" -> train = train.withPatience(integer(args, ++i, a, 1, 10_000));
                case "--plateau-decay" -> train = train.withPlateauDecay(real(args, ++i, a));
                case "--max-minutes" -> train = train.withMaxSeconds(60.0 * real(args, ++i, a));
                case "--batch" -> train = train.withBatchSize(integer(args, ++i, a, 1, 100_000));
                case "--dkt-window" -> dktWindow = integer(args, ++i, a, 1, 100_000);
                case "--akt-window" -> aktWindow = integer(args, ++i, a, 1, 100_000);
                case "--akt-cells" -> aktCells = Long.parseLong(value(args, ++i, a));
                case "--seed" -> train = train.withSeed(Long.parseLong(value(args, ++i, a)));
                case "--eval-window" -> evalWindow = integer(args, ++i, a, 0, 100_000);
                case "--dkt-hidden" -> dktHidden = integer(args, ++i, a, 1, 10_000);
                case "--dkt-embedding" -> dktEmbedding = integer(args, ++i, a, 0, 10_000);
                case "--dkt-dropout" -> dktDropout = real(args, ++i, a);
                case "--dkt-lr" -> dktLr = real(args, ++i, a);
                case "--akt-model" -> aktModel = integer(args, ++i, a, 1, 10_000);
                case "--akt-heads" -> aktHeads = integer(args, ++i, a, 1, 64);
                case "--akt-ff" -> aktFf = integer(args, ++i, a, 1, 100_000);
                case "--akt-final" -> aktFinal = integer(args, ++i, a, 2, 100_000);
                case "--akt-dropout" -> aktDropout = real(args, ++i, a);
                case "--akt-lr" -> aktLr = real(args, ++i, a);
                case "--akt-l2" -> aktL2 = real(args, ++i, a);
                case "--akt-span" -> aktSpan = integer(args, ++i, a, 0, 100_000);
                case "--akt-sparse-lr" -> aktSparseLr = real(args, ++i, a);
                case "--akt-match" -> aktMatch = Boolean.parseBoolean(value(args, ++i, a));
                case "--akt-recall" -> aktRecall = Boolean.parseBoolean(value(args, ++i, a));
                case "--akt-fuse" -> aktFuse = Boolean.parseBoolean(value(args, ++i, a));
                default -> throw new IllegalArgumentException("unknown option '" + a + "'\n" + usage());
            }
        }
        for (String m : models) {
            if (!m.equals(KtNetworks.DKT) && !m.equals(KtNetworks.AKT)) {
                throw new IllegalArgumentException("unknown model '" + m + "' (dkt, akt)");
            }
        }
        return new Options(data, out, folds, models, protocols, jobs, train, evalWindow, dktWindow, aktWindow, aktCells,
                dktHidden, dktEmbedding,
                dktDropout, dktLr, aktModel, aktHeads, aktFf, aktFinal, aktDropout, aktLr, aktL2, aktSpan, aktSparseLr, aktMatch, aktRecall, aktFuse, joint,
                aktEpochs, totalMinutes, dktSeeds, aktSeeds);
    }

    private static Protocol protocol(String key) {
        for (Protocol p : Protocol.values()) {
            if (p.key().equals(key)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown protocol '" + key + "' (rows, leakfree)");
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + usage());
        }
        return args[i];
    }

    private static int integer(String[] args, int i, String option, int min, int max) {
        int v = Integer.parseInt(value(args, i, option));
        if (v < min || v > max) {
            throw new IllegalArgumentException(option + " must be in [" + min + ", " + max + "], got " + v);
        }
        return v;
    }

    private static float real(String[] args, int i, String option) {
        return Float.parseFloat(value(args, i, option));
    }
}
