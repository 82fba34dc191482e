package ai.talent.nn.kt;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.util.PairList;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.train.BceWithLogitsLoss;
import ai.talent.nn.train.EpochStats;
import ai.talent.nn.train.GradientClipping;
import ai.talent.nn.train.OptimizerConfig;
import ai.talent.nn.train.ProgressReporter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Supplier;

/**
 * Trains a {@link KtNetwork} on learner sequences under a protocol: sequences cut into windows, windows of
 * similar length batched together (little padding), masked binary cross-entropy plus the network's penalty,
 * Adam, early stopping on the validation AUC (or at a wall-time budget) with the best weights kept.
 */
public final class KtTrainer {

    private KtTrainer() {
    }

    /**
     * One epoch's figures, and the run's best epoch (under the first protocol trained for, whose best weights the
     * network holds afterwards); {@code best} has each protocol's best epoch and weights.
     */
    public record Result(List<EpochStats> epochs, int bestEpoch, double bestValidationAuc, long steps, double seconds,
                         List<Best> best) {

        /** The best epoch under {@code protocol}. */
        public Best of(Protocol protocol) {
            return best.stream().filter(b -> b.protocol() == protocol).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("not trained for protocol " + protocol.key()));
        }
    }

    /** A protocol's best epoch: its validation AUC and the weights then ({@link #restore}). */
    public record Best(Protocol protocol, int epoch, double validationAuc, byte[] weights) {
    }

    /**
     * Trains {@code model}'s block (a {@link KtNetwork}; initialised here unless it holds weights) in place.
     *
     * @param validation learners whose AUC picks the best epoch and stops training
     */
    public static Result fit(Model model, Protocol protocol, List<KtSequence> train, List<KtSequence> validation,
            KtTrainConfig config) {
        return fit(model, List.of(protocol), train, validation, config);
    }

    /**
     * Trains one network for several protocols at once: each batch is predicted under every protocol (a DKT
     * shares its LSTM pass, an AKT its encoders) and the loss is the mean over all of those predictions; each
     * prediction still sees only what its protocol allows. Every epoch is validated under each protocol, each
     * protocol keeps the weights of its own best epoch, and training stops when none improved for
     * {@code patience} epochs.
     */
    public static Result fit(Model model, List<Protocol> protocols, List<KtSequence> train, List<KtSequence> validation,
            KtTrainConfig config) {
        if (protocols.isEmpty() || protocols.stream().distinct().count() != protocols.size()) {
            throw new IllegalArgumentException("training needs distinct protocols, got " + protocols);
        }
        if (!(model.getBlock() instanceof KtNetwork network)) {
            throw new IllegalArgumentException("the model's block is not a knowledge-tracing network: " + model.getBlock());
        }
        if (train.isEmpty() || validation.isEmpty()) {
            throw new IllegalArgumentException("training needs learners to train on and to validate on");
        }
        NnEngine.configureCurrentThread();
        NnEngine.get().setRandomSeed((int) config.seed());
        long start = System.nanoTime();
        BceWithLogitsLoss loss = new BceWithLogitsLoss();
        Set<String> sparse = network.sparseParameters().stream().map(Parameter::getId).collect(Collectors.toSet());
        PlateauRate rate = new PlateauRate(config.learningRate(), config.plateauDecay());
        DefaultTrainingConfig djl = new DefaultTrainingConfig(loss).optOptimizer(new SparseAwareOptimizer(
                OptimizerConfig.adam(config.learningRate()).build(rate), sparse, config.sparseLearningRate(), rate));
        List<KtSequence> windows = windows(train, config.window());
        Random random = new Random(config.seed());
        ProgressReporter progress = ProgressReporter.forEnvironment(config.runName(), config.showProgress());
        List<EpochStats> history = new ArrayList<>();
        try (Trainer trainer = model.newTrainer(djl)) {
            if (!network.isInitialized()) {
                Shape one = new Shape(1, 1);
                trainer.initialize(one, one, one, one, one);
            }
            PairList<String, Parameter> parameters = network.getParameters();
            Best[] best = new Best[protocols.size()];
            long steps = 0;
            boolean outOfTime = false;
            for (int epoch = 1; epoch <= config.epochs(); epoch++) {
                long epochStart = System.nanoTime();
                long epochCpu = threadCpuNanos();
                List<List<KtSequence>> batches = batches(windows, config.batchSize(), config.maxCells(), random);
                double meanRows = (double) rows(windows) / batches.size();
                double lossSum = 0;
                double normSum = 0;
                for (int i = 0; i < batches.size(); i++) {
                    double[] lossAndNorm = step(trainer, network, parameters, loss, batches.get(i), protocols, config,
                            meanRows, model.getNDManager());
                    lossSum += lossAndNorm[0];
                    normSum += lossAndNorm[1];
                    steps++;
                    progress.step(epoch, i + 1, batches.size(), lossSum / (i + 1));
                }
                double[] auc = new double[protocols.size()];
                StringBuilder aucs = new StringBuilder();
                for (int p = 0; p < auc.length; p++) {
                    auc[p] = KtEvaluator.score(network, validation, protocols.get(p), config.validationWindow(),
                            model.getNDManager()).auc();
                    aucs.append(String.format(Locale.ROOT, ", validation AUC %s %.4f", protocols.get(p).key(), auc[p]));
                }
                EpochStats stats = new EpochStats(epoch, lossSum / batches.size(), Double.NaN, auc[0],
                        rate.rate(), normSum / batches.size(), (System.nanoTime() - epochStart) / 1e9);
                history.add(stats);
                progress.epoch(stats, config.epochs(), "auc");
                if (config.showProgress()) {
                    // CPU time of this thread (the engine runs each operation on the calling thread): on shared cores
                    // the wall time says more about the neighbours than about the training
                    System.out.printf(Locale.ROOT, "%s: epoch %d took %.1f s wall, %.1f s CPU (training and validation)%s%n",
                            config.runName(), epoch, stats.seconds(), (threadCpuNanos() - epochCpu) / 1e9, aucs);
                }
                byte[] now = null;
                int lastBest = 0;
                for (int p = 0; p < auc.length; p++) {
                    if (best[p] == null || auc[p] > best[p].validationAuc()) {
                        now = now == null ? weights(network) : now;
                        best[p] = new Best(protocols.get(p), epoch, auc[p], now);
                    }
                    lastBest = Math.max(lastBest, best[p].epoch());
                }
                if (epoch - lastBest >= config.patience()) {
                    break;
                }
                if (lastBest < epoch && config.plateauDecay() < 1) {
                    float next = rate.decay();
                    if (config.showProgress()) {
                        System.out.printf(Locale.ROOT, "%s: no better validation AUC; learning rate now %.2e%n",
                                config.runName(), next);
                    }
                }
                double elapsed = (System.nanoTime() - start) / 1e9;
                if (config.maxSeconds() > 0 && elapsed + stats.seconds() > config.maxSeconds()) {
                    outOfTime = true;
                    break;
                }
            }
            progress.finish();
            if (outOfTime && config.showProgress()) {
                System.out.printf(Locale.ROOT, "%s: stopped at the time budget of %.0f s after epoch %d (best epoch %d)%n",
                        config.runName(), config.maxSeconds(), history.size(), best[0].epoch());
            }
            if (best[0].epoch() != history.size()) {
                restore(network, best[0], model.getNDManager());
            }
            return new Result(history, best[0].epoch(), best[0].validationAuc(), steps,
                    (System.nanoTime() - start) / 1e9, List.of(best));
        }
    }

    private static long threadCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0L;
    }

    /** Every sequence cut into consecutive windows of at most {@code window} rows. */
    static List<KtSequence> windows(List<KtSequence> sequences, int window) {
        List<KtSequence> out = new ArrayList<>();
        for (KtSequence s : sequences) {
            for (int from = 0; from < s.length(); from += window) {
                out.add(from == 0 && s.length() <= window ? s : s.slice(from, Math.min(s.length(), from + window)));
            }
        }
        return out;
    }

    /**
     * Batches of windows of similar length: shuffled, stably sorted by length (so equal lengths mix differently
     * each epoch), cut into batches of at most {@code batchSize} windows and {@code maxCells} window × row × row
     * cells, and the batches shuffled.
     */
    static List<List<KtSequence>> batches(List<KtSequence> windows, int batchSize, long maxCells, Random random) {
        List<KtSequence> order = new ArrayList<>(windows);
        Collections.shuffle(order, random);
        order.sort(Comparator.comparingInt(KtSequence::length));
        List<List<KtSequence>> batches = new ArrayList<>();
        int from = 0;
        while (from < order.size()) {
            int to = from + 1;
            while (to < order.size() && to - from < batchSize
                    && (maxCells == 0 || (long) (to - from + 1) * order.get(to).length() * order.get(to).length() <= maxCells)) {
                to++;
            }
            batches.add(order.subList(from, to));
            from = to;
        }
        Collections.shuffle(batches, random);
        return batches;
    }

    static int rows(List<KtSequence> windows) {
        return windows.stream().mapToInt(KtSequence::length).sum();
    }

    /**
     * One update. The batch's mean loss is weighted by its rows over the epoch's mean rows per batch, so every row
     * weighs the same in an epoch as under random batching: length-bucketed batches of short windows (a few rows
     * each) would otherwise move the weights as far as batches of 200-row windows, and the early rows of short
     * histories would count tens of times more than the rows of long ones.
     */
    private static double[] step(Trainer trainer, KtNetwork network, PairList<String, Parameter> parameters,
            BceWithLogitsLoss loss, List<KtSequence> windows, List<Protocol> protocols, KtTrainConfig config,
            double meanRows, NDManager parent) {
        try (NDManager scratch = parent.newSubManager()) {
            KtBatch batch = KtBatch.of(scratch, windows, protocols, network.skills(), network.questions());
            GradientClipping.zeroGradients(parameters, scratch);
            float weight = (float) (batch.rows() / meanRows);
            float value = recorded(() -> {
                NDList logits = trainer.forward(batch.inputs());
                NDArray bce = loss.evaluate(new NDList(batch.labels()), logits);
                NDArray penalty = network.penalty(new ParameterStore(scratch, false), batch.inputs(), true);
                NDArray weighted = bce.mul(weight);
                NDArray total = penalty == null ? weighted : weighted.add(penalty);
                JniUtils.backward((PtNDArray) total, (PtNDArray) total.onesLike(), false, false);
                return bce.getFloat();
            });
            double norm = config.clipNorm() > 0
                    ? GradientClipping.clipGlobalNorm(parameters, config.clipNorm(), scratch)
                    : Double.NaN;
            trainer.step();
            return new double[] {value, norm};
        }
    }

    /**
     * Runs a forward and backward pass with gradient recording switched on for this thread only. DJL's
     * {@code GradientCollector} allows one collector per process (the project's {@code GradientLock} takes turns),
     * which would make trainings on two threads take turns for their whole steps; PyTorch's grad mode is per
     * thread, so switching it here lets two trainings (e.g. two folds) use both cores. A collector opened by
     * another thread is not affected.
     */
    private static float recorded(Supplier<Float> pass) {
        boolean before = JniUtils.isGradMode();
        JniUtils.setGradMode(true);
        try {
            return pass.get();
        } finally {
            JniUtils.setGradMode(before);
        }
    }

    private static byte[] weights(KtNetwork network) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            network.saveParameters(new DataOutputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Writes a protocol's best weights back into the live parameter arrays (a trainer's optimiser keeps its
     * references), e.g. before scoring a network trained for several protocols under the second one.
     */
    public static void restore(KtNetwork network, Best best, NDManager manager) {
        byte[] weights = best.weights();
        try (NDManager scratch = manager.newSubManager()) {
            KtNetwork copy = KtNetworks.create(network.type(), network.hyperparameters());
            copy.loadParameters(scratch, new DataInputStream(new ByteArrayInputStream(weights)));
            PairList<String, Parameter> saved = copy.getParameters();
            PairList<String, Parameter> live = network.getParameters();
            for (int i = 0; i < live.size(); i++) {
                // a raw copy into the tensor's storage: no autograd, so it works while another thread records
                live.get(i).getValue().getArray().set(saved.get(i).getValue().getArray().toFloatArray());
            }
        } catch (IOException | MalformedModelException e) {
            throw new IllegalStateException("cannot restore the best epoch's weights", e);
        }
    }
}
