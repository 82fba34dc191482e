package ai.talent.nn.bench;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import ai.talent.nn.block.Heads;
import ai.talent.nn.block.Mlp;
import ai.talent.nn.block.MlpConfig;
import ai.talent.nn.block.RecurrentCell;
import ai.talent.nn.block.SequenceConfig;
import ai.talent.nn.block.SequenceModel;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.train.BceWithLogitsLoss;
import ai.talent.nn.train.Inference;
import ai.talent.nn.train.ModelTrainer;
import ai.talent.nn.train.OptimizerConfig;
import ai.talent.nn.train.TensorData;
import ai.talent.nn.train.TrainConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Inference and training throughput of shared-nn's blocks on this machine: MLP predictions per second
 * against a plain-Java forward pass of the same weights, and training steps per second of
 * {@link ModelTrainer} against a bare DJL Trainer loop, both measured in the same run.
 * {@code --quick} shortens every measurement (for smoke runs).
 */
public final class TrainingBench {

    static final int FEATURES = 30;
    static final int MLP_BATCH = 256;
    static final int PREDICT_BATCH = 64;
    static final int SEQ_BATCH = 32;
    static final int SEQ_LENGTH = 50;
    static final int SEQ_VOCAB = 200;
    static final int SEQ_EMBEDDING = 32;
    static final int SEQ_HIDDEN = 64;
    /**
     * Measurements alternate between the figure and its reference this many times and keep the best of
     * each, so that load from other processes on a shared machine hits both alike.
     */
    static final int ROUNDS = 3;

    private TrainingBench() {
    }

    public static void main(String[] args) throws Exception {
        LinkedHashMap<String, Object> figures = run(args);
        System.out.println(new ObjectMapper().writeValueAsString(figures));
    }

    public static LinkedHashMap<String, Object> run(String[] args) {
        boolean quick = List.of(args).contains("--quick");
        double seconds = quick ? 0.3 : 2.0;
        NnEngine.configureCurrentThread();
        NnEngine.get().setRandomSeed(1);
        LinkedHashMap<String, Object> figures = new LinkedHashMap<>();
        try (NDManager manager = NnEngine.get().newBaseManager()) {
            predictions(manager, seconds, figures);
            mlpTraining(manager, quick, figures);
            lstmTraining(manager, quick, figures);
        }
        return figures;
    }

    private static void predictions(NDManager manager, double seconds, Map<String, Object> figures) {
        Mlp mlp = new Mlp(MlpConfig.builder().hidden(128, 64).outputs(1).build());
        try (NDManager model = manager.newSubManager()) {
            mlp.initialize(model, DataType.FLOAT32, new Shape(1, FEATURES));
            PlainMlp plain = PlainMlp.of(mlp);
            Random r = new Random(1);
            float[] x = new float[PREDICT_BATCH * FEATURES];
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) r.nextGaussian();
            }
            for (int batch : new int[] {1, PREDICT_BATCH}) {
                float[] input = Arrays.copyOf(x, batch * FEATURES);
                Runnable djlCall = () -> {
                    try (NDManager call = model.newSubManager()) {
                        NDArray in = call.create(input, new Shape(batch, FEATURES));
                        Inference.forward(mlp, new NDList(in)).head().toFloatArray();
                    }
                };
                double djl = 0;
                double java = 0;
                for (int round = 0; round < ROUNDS; round++) {
                    djl = Math.max(djl, itemsPerSecond(seconds / ROUNDS, batch, djlCall));
                    java = Math.max(java, itemsPerSecond(seconds / ROUNDS, batch, () -> plain.forward(input, batch)));
                }
                String name = "mlp_predictions_per_s_batch_" + batch;
                put(figures, figure(name, djl, "items/s", java, "plain-Java forward of the same weights"));
            }
        }
    }

    private static void mlpTraining(NDManager manager, boolean quick, Map<String, Object> figures) {
        int steps = quick ? 10 : 200;
        Random r = new Random(2);
        float[] x = new float[steps * MLP_BATCH * FEATURES];
        float[] y = new float[steps * MLP_BATCH];
        for (int i = 0; i < y.length; i++) {
            double s = 0;
            for (int j = 0; j < FEATURES; j++) {
                float v = (float) r.nextGaussian();
                x[i * FEATURES + j] = v;
                s += v * (j % 3 - 1);
            }
            y[i] = s > 0 ? 1f : 0f;
        }
        try (NDManager data = manager.newSubManager()) {
            TensorData train = TensorData.of(data.create(x, new Shape(y.length, FEATURES)), data.create(y, new Shape(y.length, 1)));
            Supplier<Block> mlp = () -> new Mlp(MlpConfig.builder().hidden(128, 64).outputs(1).build());
            trainingFigure("mlp_30_128_64_1_train_steps_per_s_batch_256", mlp, train, MLP_BATCH, steps, figures);
        }
    }

    private static void lstmTraining(NDManager manager, boolean quick, Map<String, Object> figures) {
        int steps = quick ? 4 : 40;
        Random r = new Random(3);
        int n = steps * SEQ_BATCH;
        long[] ids = new long[n * SEQ_LENGTH];
        float[] y = new float[n * SEQ_LENGTH];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = r.nextInt(SEQ_VOCAB);
            y[i] = ids[i] % 2;
        }
        try (NDManager data = manager.newSubManager()) {
            TensorData train = TensorData.of(data.create(ids, new Shape(n, SEQ_LENGTH)), data.create(y, new Shape(n, SEQ_LENGTH)));
            SequenceConfig config = SequenceConfig.ids(RecurrentCell.LSTM, SEQ_VOCAB, SEQ_EMBEDDING, SEQ_HIDDEN);
            trainingFigure("lstm_64_train_steps_per_s_batch_32x50", () -> new SequenceModel(config, Heads.binary()),
                    train, SEQ_BATCH, steps, figures);
        }
    }

    /** Steps/s of {@link ModelTrainer} against the bare loop, both measured here. */
    private static void trainingFigure(String name, Supplier<Block> block, TensorData train, int batch, int steps,
            Map<String, Object> figures) {
        double[] oursAndBare = interleaved(block, train, batch, steps);
        Map<String, Object> f = figure(name, oursAndBare[0], "steps/s", oursAndBare[1],
                "bare DJL Trainer loop (forward, backward, Adam step)");
        put(figures, f);
    }

    /** Best steps/s of {@link ModelTrainer} and of the bare loop over alternating rounds (after a warm-up of each). */
    private static double[] interleaved(Supplier<Block> block, TensorData train, int batch, int steps) {
        double ours = 0;
        double bare = 0;
        for (int round = 0; round <= ROUNDS; round++) {
            double o = trainerStepsPerSecond(block, train, batch);
            double b = bareStepsPerSecond(block, train, batch, steps);
            if (round > 0) {
                ours = Math.max(ours, o);
                bare = Math.max(bare, b);
            }
        }
        return new double[] {ours, bare};
    }

    /** One timed epoch of {@link ModelTrainer#fit} on a fresh model. */
    private static double trainerStepsPerSecond(Supplier<Block> block, TensorData train, int batch) {
        try (Model model = Model.newInstance("bench")) {
            model.setBlock(block.get());
            TrainConfig config = TrainConfig.builder(new BceWithLogitsLoss()).epochs(1).batchSize(batch)
                    .optimizer(OptimizerConfig.adam(1e-3f)).showProgress(false).build();
            long start = System.nanoTime();
            long steps = ModelTrainer.fit(model, config, train, null).steps();
            return steps / ((System.nanoTime() - start) / 1e9);
        }
    }

    /**
     * The same steps with nothing but DJL: slice, forward, loss, backward, optimiser step. Timed from
     * trainer creation, like {@link #trainerStepsPerSecond}.
     */
    private static double bareStepsPerSecond(Supplier<Block> block, TensorData train, int batch, int steps) {
        Loss loss = new BceWithLogitsLoss();
        try (Model model = Model.newInstance("bare")) {
            model.setBlock(block.get());
            long start = System.nanoTime();
            try (Trainer trainer = model.newTrainer(new DefaultTrainingConfig(loss)
                    .optOptimizer(OptimizerConfig.adam(1e-3f).build(Tracker.fixed(1e-3f))))) {
                Shape s = train.inputs().head().getShape();
                trainer.initialize(new Shape(batch).addAll(s.slice(1)));
                for (int i = 0; i < steps; i++) {
                    try (NDManager step = model.getNDManager().newSubManager()) {
                        long[] rows = new long[batch];
                        for (int k = 0; k < batch; k++) {
                            rows[k] = (long) i * batch + k;
                        }
                        TensorData b = train.rows(step, rows);
                        try (GradientCollector gc = trainer.newGradientCollector()) {
                            gc.backward(loss.evaluate(b.labels(), trainer.forward(b.inputs())));
                        }
                        trainer.step();
                    }
                }
            }
            return steps / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static double itemsPerSecond(double seconds, int batch, Runnable call) {
        long warmEnd = System.nanoTime() + (long) (seconds * 0.25e9);
        while (System.nanoTime() < warmEnd) {
            call.run();
        }
        long calls = 0;
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long now;
        do {
            call.run();
            calls++;
            now = System.nanoTime();
        } while (now < end);
        return calls * batch / ((now - start) / 1e9);
    }

    private static Map<String, Object> figure(String name, double value, String unit, double reference, String referenceName) {
        Map<String, Object> f = Figures.figure(name, value, unit, reference);
        f.put("reference_name", referenceName);
        return f;
    }

    private static void put(Map<String, Object> figures, Map<String, Object> f) {
        figures.put((String) f.get("name"), f);
        System.out.println(String.format(Locale.ROOT, "%-48s %12.1f %-8s reference %12.1f (%s) ratio %.3f",
                f.get("name"), (double) f.get("value"), f.get("unit"), (double) f.get("reference"),
                f.get("reference_name"), (Double) f.get("ratio")));
    }

    /** The MLP's weights copied into float arrays, evaluated with loops: the no-framework reference. */
    record PlainMlp(List<float[]> weights, List<float[]> biases, List<int[]> shapes) {

        static PlainMlp of(Block block) {
            List<float[]> w = new ArrayList<>();
            List<float[]> b = new ArrayList<>();
            List<int[]> shapes = new ArrayList<>();
            for (Pair<String, Parameter> p : block.getParameters()) {
                NDArray a = p.getValue().getArray();
                if (p.getValue().getType() == Parameter.Type.WEIGHT) {
                    w.add(a.toFloatArray());
                    shapes.add(new int[] {(int) a.getShape().get(0), (int) a.getShape().get(1)});
                } else if (p.getValue().getType() == Parameter.Type.BIAS) {
                    b.add(a.toFloatArray());
                }
            }
            return new PlainMlp(w, b, shapes);
        }

        float[] forward(float[] input, int batch) {
            float[] out = null;
            for (int row = 0; row < batch; row++) {
                float[] h = Arrays.copyOfRange(input, row * shapes.get(0)[1], (row + 1) * shapes.get(0)[1]);
                for (int l = 0; l < weights.size(); l++) {
                    int outs = shapes.get(l)[0];
                    int ins = shapes.get(l)[1];
                    float[] w = weights.get(l);
                    float[] next = new float[outs];
                    for (int o = 0; o < outs; o++) {
                        float s = biases.get(l)[o];
                        for (int i = 0; i < ins; i++) {
                            s += w[o * ins + i] * h[i];
                        }
                        next[o] = l < weights.size() - 1 ? Math.max(0f, s) : s;
                    }
                    h = next;
                }
                out = h;
            }
            return out;
        }
    }
}
