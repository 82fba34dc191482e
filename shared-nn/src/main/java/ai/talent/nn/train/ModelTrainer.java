package ai.talent.nn.train;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.util.PairList;
import ai.talent.nn.engine.NnEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The training loop services call: mini-batches over in-memory {@link TensorData}, any DJL loss,
 * L1/L2 penalties, global-norm gradient clipping, a learning-rate schedule, validation each epoch,
 * early stopping with best-weights restore, seeded determinism, progress and curve reports. Built on
 * DJL's {@link Trainer} (parameter store, optimiser) and {@link GradientCollector}. Several models may
 * train on different threads; their backward passes take turns through {@link GradientLock}.
 */
public final class ModelTrainer {

    /** Rows per forward pass when evaluating, to bound memory on large validation sets. */
    static final int EVAL_CHUNK = 4096;

    private ModelTrainer() {
    }

    /**
     * Trains {@code model}'s block in place. The block is initialised (seeded) unless it already holds
     * weights, in which case training continues from them (fine-tuning).
     *
     * @param validation may be null: then no early stopping and the last epoch counts as best
     */
    public static TrainingResult fit(Model model, TrainConfig config, TensorData train, TensorData validation) {
        if (train.size() == 0) {
            throw new IllegalArgumentException("the training set is empty");
        }
        if ((config.earlyStopping() != null || config.metric() != null) && validation == null) {
            throw new IllegalArgumentException("early stopping and a validation metric need a validation set");
        }
        // DJL takes an int seed; the long is kept for the shuffler, which uses all of it.
        NnEngine.configureCurrentThread();
        NnEngine.get().setRandomSeed((int) config.seed());
        LrSchedule schedule = config.effectiveSchedule();
        DefaultTrainingConfig djlConfig =
                new DefaultTrainingConfig(config.loss()).optOptimizer(config.optimizer().build(schedule));
        Block block = model.getBlock();
        String metricName = config.metric() == null ? "loss" : config.metric().name();
        boolean higherIsBetter = config.metric() != null && config.metric().higherIsBetter();
        ProgressReporter progress = ProgressReporter.forEnvironment(config.runName(), config.showProgress());
        List<EpochStats> history = new ArrayList<>();
        try (Trainer trainer = model.newTrainer(djlConfig);
                WeightSnapshot best = new WeightSnapshot(model.getNDManager())) {
            if (!block.isInitialized()) {
                trainer.initialize(batchShapes(train, config.batchSize()));
            }
            PairList<String, Parameter> parameters = block.getParameters();
            requireGradients(parameters);
            Random shuffler = new Random(config.seed());
            long[] order = new long[train.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            int stepsPerEpoch = (order.length + config.batchSize() - 1) / config.batchSize();
            long steps = 0;
            BestEpoch tracker = new BestEpoch(higherIsBetter, config.earlyStopping());
            int lastEpoch = 0;
            boolean stoppedEarly = false;
            for (int epoch = 1; epoch <= config.epochs(); epoch++) {
                long start = System.nanoTime();
                shuffle(order, shuffler);
                double lossSum = 0;
                double normSum = 0;
                for (int s = 0; s < stepsPerEpoch; s++) {
                    int from = s * config.batchSize();
                    int to = Math.min(order.length, from + config.batchSize());
                    long[] rows = Arrays.copyOfRange(order, from, to);
                    double[] lossAndNorm = step(trainer, config, parameters, train, rows, model.getNDManager());
                    lossSum += lossAndNorm[0];
                    normSum += lossAndNorm[1];
                    steps++;
                    progress.step(epoch, s + 1, stepsPerEpoch, lossSum / (s + 1));
                }
                double valLoss = Double.NaN;
                double metric = Double.NaN;
                if (validation != null) {
                    double[] lm = validate(trainer, config, validation, model.getNDManager());
                    valLoss = lm[0];
                    metric = lm[1];
                }
                EpochStats stats = new EpochStats(epoch, lossSum / stepsPerEpoch, valLoss, metric,
                        schedule.getNewValue((int) Math.min(Integer.MAX_VALUE, steps)), normSum / stepsPerEpoch,
                        (System.nanoTime() - start) / 1e9);
                history.add(stats);
                progress.epoch(stats, config.epochs(), metricName);
                lastEpoch = epoch;
                if (validation != null && tracker.record(epoch, metric, parameters, best)) {
                    stoppedEarly = true;
                    break;
                }
            }
            int bestEpoch = validation == null ? lastEpoch : tracker.epoch();
            boolean restored = false;
            if (config.earlyStopping() != null && config.earlyStopping().restoreBest() && !best.isEmpty()
                    && bestEpoch != lastEpoch) {
                best.restoreInto(parameters);
                restored = true;
            }
            progress.finish();
            Path csv = null;
            Path png = null;
            if (config.reportDir() != null) {
                csv = TrainingCurves.writeCsv(history, config.reportDir(), config.runName());
                png = TrainingCurves.writePng(history, config.reportDir(), config.runName(), metricName);
            }
            double last = history.get(history.size() - 1).trainLoss();
            double bestValue = validation == null ? Double.NaN : tracker.metric();
            return new TrainingResult(history, bestEpoch, bestValue, stoppedEarly, restored, last, steps, csv, png);
        }
    }

    /** One update; returns the batch loss (without penalties) and the gradient norm before clipping (NaN without clipping). */
    private static double[] step(Trainer trainer, TrainConfig config, PairList<String, Parameter> parameters,
            TensorData train, long[] rows, NDManager parent) {
        try (NDManager scratch = parent.newSubManager()) {
            TensorData batch = train.rows(scratch, rows);
            float loss = GradientLock.with(() -> {
                // The collector's own zeroGradients() walks every live array of the engine; only ours matter.
                GradientClipping.zeroGradients(parameters, scratch);
                try (GradientCollector collector = trainer.newGradientCollector()) {
                    NDList predictions = trainer.forward(batch.inputs());
                    NDArray value = config.loss().evaluate(batch.labels(), predictions);
                    NDArray penalty = Penalties.of(parameters, config.l1(), config.l2(), scratch);
                    collector.backward(penalty == null ? value : value.add(penalty));
                    return value.getFloat();
                }
            });
            // The norm costs a pass over all gradients and a sync, so it is measured only when clipping.
            double norm = config.clipNorm() > 0
                    ? GradientClipping.clipGlobalNorm(parameters, config.clipNorm(), scratch)
                    : Double.NaN;
            trainer.step();
            return new double[] {loss, norm};
        }
    }

    /** Validation loss and metric on the whole set, in evaluation mode. */
    private static double[] validate(Trainer trainer, TrainConfig config, TensorData data, NDManager parent) {
        try (NDManager scratch = parent.newSubManager()) {
            // Work on copies in the scratch manager: loss arithmetic on the caller's arrays would leave
            // its temporaries in the caller's manager.
            int n = data.size();
            TensorData local = data.rows(scratch, range(0, n));
            List<NDList> chunks = new ArrayList<>();
            for (int from = 0; from < n; from += EVAL_CHUNK) {
                int to = Math.min(n, from + EVAL_CHUNK);
                NDList out = trainer.evaluate(local.rows(scratch, range(from, to)).inputs());
                out.attach(scratch);
                chunks.add(out);
            }
            NDList predictions = concat(chunks);
            double loss = config.loss().evaluate(local.labels(), predictions).getFloat();
            double metric = config.metric() == null ? loss : config.metric().compute(predictions, local.labels());
            return new double[] {loss, metric};
        }
    }

    private static NDList concat(List<NDList> chunks) {
        if (chunks.size() == 1) {
            return chunks.get(0);
        }
        NDList out = new NDList();
        for (int k = 0; k < chunks.get(0).size(); k++) {
            NDList parts = new NDList();
            for (NDList c : chunks) {
                parts.add(c.get(k));
            }
            out.add(NDArrays.concat(parts));
        }
        return out;
    }

    private static Shape[] batchShapes(TensorData data, int batchSize) {
        Shape[] shapes = new Shape[data.inputs().size()];
        for (int i = 0; i < shapes.length; i++) {
            Shape s = data.inputs().get(i).getShape();
            long rows = Math.min(batchSize, s.get(0));
            shapes[i] = new Shape(rows).addAll(s.slice(1));
        }
        return shapes;
    }

    /** Weights loaded from a file arrive without gradient buffers; training them needs those. */
    private static void requireGradients(PairList<String, Parameter> parameters) {
        for (Parameter p : parameters.values()) {
            if (p.requiresGradient() && p.isInitialized() && !p.getArray().hasGradient()) {
                p.getArray().setRequiresGradient(true);
            }
        }
    }

    private static long[] range(int from, int to) {
        long[] rows = new long[to - from];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = from + i;
        }
        return rows;
    }

    private static void shuffle(long[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
