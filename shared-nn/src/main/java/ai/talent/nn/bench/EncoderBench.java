package ai.talent.nn.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.talent.nn.compress.Int8Quantizer;
import ai.talent.nn.compress.SyntheticTitles;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.onnx.OnnxEncoder;
import ai.talent.nn.text.SentenceEncoder;
import ai.talent.nn.text.TextTokenizer;
import ai.talent.nn.text.TokenBatch;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.ParameterUpdates;
import ai.talent.nn.transformer.Pooling;
import ai.talent.nn.transformer.PretrainedWeights;
import ai.talent.nn.transformer.TransformerConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Encoder speed on this machine: our DJL/PyTorch MiniLM against ONNX Runtime on the same file in the same
 * run (batch 1 and 32, one thread each, rounds interleaved so both see the same machine load; batch 32 also
 * with length-sorted texts, where there is little padding for our encoder to skip), the
 * 3-layer student and the int8 encoder against fp32, training steps/s, and resident memory after loading.
 * Options: {@code --seconds S} per measured side (default 4).
 */
public final class EncoderBench {

    private static final int TEXTS = 256;

    private EncoderBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Object> figures = run(args);
        System.out.println(new ObjectMapper().writeValueAsString(figures));
    }

    /** Runs the benchmark, prints readable lines, and returns the figures by key. */
    public static LinkedHashMap<String, Object> run(String[] args) throws Exception {
        double seconds = 4;
        for (int i = 0; i < args.length; i++) {
            if ("--seconds".equals(args[i]) && i + 1 < args.length) {
                seconds = Double.parseDouble(args[++i]);
            } else if ("--help".equals(args[i])) {
                System.out.println("EncoderBench [--seconds S]  (seconds measured per side and batch size)");
                return new LinkedHashMap<>();
            } else {
                throw new IllegalArgumentException("unknown option " + args[i] + "; use --seconds S");
            }
        }
        LinkedHashMap<String, Object> figures = new LinkedHashMap<>();
        NnEngine.get();
        List<String> texts = new SyntheticTitles(2024).next(TEXTS);
        long rssBefore = rssMb();
        try (NDManager m = NnEngine.get().newBaseManager();
                TextTokenizer tokenizer = TextTokenizer.fromResource(PretrainedWeights.MINILM_TOKENIZER, 128);
                OnnxEncoder ort = OnnxEncoder.miniLm()) {
            long rssBeforeOurs = rssMb();
            BertEncoder teacher = PretrainedWeights.miniLm(m);
            teacher.freezeParameters(true);
            System.gc();
            long rssAfter = rssMb();
            figures.put("rss_after_loading_encoder", Figures.figure("RSS after loading MiniLM (DJL/PyTorch)",
                    rssAfter, "MB", (double) rssBefore));
            System.out.printf("RSS: %d MB at start, %d MB with ONNX Runtime session, %d MB after loading our "
                    + "encoder (+%d MB)%n", rssBefore, rssBeforeOurs, rssAfter, rssAfter - rssBeforeOurs);

            SentenceEncoder ours = new SentenceEncoder(teacher, Pooling.MEAN, true);
            for (int batchSize : new int[] {1, 32}) {
                List<TokenBatch> batches = batches(tokenizer, texts, batchSize);
                double[] sps = interleaved(seconds, batches, ours::embed, b -> ort.embed(b));
                String key = "batch" + batchSize;
                figures.put("ours_sentences_per_s_" + key, Figures.figure("ours (DJL/PyTorch) sentences/s, " + key,
                        sps[0], "sentences/s", sps[1]));
                figures.put("ort_sentences_per_s_" + key, Figures.figure("ONNX Runtime sentences/s, " + key,
                        sps[1], "sentences/s", null));
                System.out.printf("MiniLM %-8s ours %8.1f sentences/s   ONNX Runtime %8.1f   ratio %.2f%n", key,
                        sps[0], sps[1], sps[0] / sps[1]);
            }

            List<String> byLength = new ArrayList<>(texts);
            byLength.sort(Comparator.comparingInt(t -> tokenizer.ids(t).length));
            double[] sorted = interleaved(seconds, batches(tokenizer, byLength, 32), ours::embed, b -> ort.embed(b));
            figures.put("ours_sentences_per_s_batch32_length_sorted", Figures.figure("ours (DJL/PyTorch) "
                    + "sentences/s, batch32 of length-sorted texts (little padding)", sorted[0], "sentences/s",
                    sorted[1]));
            System.out.printf("MiniLM batch32, length-sorted (as TextEncoder batches): ours %8.1f sentences/s   "
                    + "ONNX Runtime %8.1f   ratio %.2f%n", sorted[0], sorted[1], sorted[0] / sorted[1]);

            List<TokenBatch> b32 = batches(tokenizer, texts, 32);
            BertEncoder student = PretrainedWeights.randomEncoder(TransformerConfig.miniLm().withLayers(3), m);
            PretrainedWeights.copyLayers(teacher, student, 0, 2, 4);
            student.freezeParameters(true);
            SentenceEncoder studentEncoder = new SentenceEncoder(student, Pooling.MEAN, true);
            double[] st = interleaved(seconds, b32, studentEncoder::embed, ours::embed);
            figures.put("student_speedup_batch32", Figures.figure("3-layer student sentences/s, batch32",
                    st[0], "sentences/s", st[1]));
            System.out.printf("student (3 layers) %8.1f sentences/s vs teacher %8.1f: speed-up %.2fx%n", st[0], st[1],
                    st[0] / st[1]);

            BertEncoder int8 = PretrainedWeights.miniLm(m);
            int8.freezeParameters(true);
            Int8Quantizer.quantize(int8);
            SentenceEncoder int8Encoder = new SentenceEncoder(int8, Pooling.MEAN, true);
            double[] q = interleaved(seconds, b32, int8Encoder::embed, ours::embed);
            figures.put("int8_speedup_batch32", Figures.figure("int8 (in-memory, dequantized per matmul) "
                    + "sentences/s, batch32", q[0], "sentences/s", q[1]));
            System.out.printf("int8 %8.1f sentences/s vs fp32 %8.1f: speed-up %.2fx (weights %d MB vs %d MB)%n", q[0],
                    q[1], q[0] / q[1], Int8Quantizer.weightBytes(int8) >> 20, Int8Quantizer.weightBytes(teacher) >> 20);
        }
        double steps = trainingStepsPerSecond(seconds);
        figures.put("training_steps_per_s", Figures.figure("2-layer d=128 encoder training steps/s at 32x64 tokens "
                + "(reference: ARCHITECTURE.md's measured ~8 steps/s)", steps, "steps/s", 8.0));
        System.out.printf("training: %.2f steps/s (2 layers, d=128, batch 32 x 64 tokens)%n", steps);
        return figures;
    }

    /** Functional form of one side's batch encoder. */
    @FunctionalInterface
    interface Side {
        Object run(TokenBatch batch) throws Exception;
    }

    /** Sentences/s of two sides, measured in alternating rounds of about half a second each. */
    static double[] interleaved(double seconds, List<TokenBatch> batches, Side a, Side b) throws Exception {
        for (int i = 0; i < Math.min(3, batches.size()); i++) {
            a.run(batches.get(i));
            b.run(batches.get(i));
        }
        long[] nanos = new long[2];
        long[] sentences = new long[2];
        int[] cursor = new int[2];
        Side[] sides = {a, b};
        double round = 0.5e9;
        while (nanos[0] < seconds * 1e9 || nanos[1] < seconds * 1e9) {
            for (int s = 0; s < 2; s++) {
                long start = System.nanoTime();
                while (System.nanoTime() - start < round) {
                    TokenBatch batch = batches.get(cursor[s]++ % batches.size());
                    sides[s].run(batch);
                    sentences[s] += batch.size();
                }
                nanos[s] += System.nanoTime() - start;
            }
        }
        return new double[] {sentences[0] / (nanos[0] / 1e9), sentences[1] / (nanos[1] / 1e9)};
    }

    static List<TokenBatch> batches(TextTokenizer tokenizer, List<String> texts, int size) {
        List<TokenBatch> batches = new ArrayList<>();
        for (int i = 0; i + size <= texts.size(); i += size) {
            batches.add(tokenizer.batch(texts.subList(i, i + size)));
        }
        return batches;
    }

    private static double trainingStepsPerSecond(double seconds) {
        try (NDManager m = NnEngine.get().newBaseManager()) {
            TransformerConfig config = TransformerConfig.tiny(1000, 128, 4, 2, 64);
            BertEncoder encoder = PretrainedWeights.randomEncoder(config, m);
            List<Parameter> params = new ArrayList<>(encoder.getParameters().values());
            Optimizer adam = Optimizer.adam().optLearningRateTracker(Tracker.fixed(1e-3f)).build();
            Random rnd = new Random(5);
            long[][] ids = new long[32][64];
            int warmUp = 3;
            int steps = -warmUp;
            long start = 0;
            while (steps <= 0 || System.nanoTime() - start < seconds * 1e9) {
                if (steps == 0) {
                    start = System.nanoTime();
                }
                for (long[] row : ids) {
                    for (int j = 0; j < row.length; j++) {
                        row[j] = 1 + rnd.nextInt(999);
                    }
                }
                try (NDManager s = m.newSubManager();
                        GradientCollector gc = m.getEngine().newGradientCollector()) {
                    NDArray x = s.create(ids);
                    NDArray h = encoder.forward(new ParameterStore(s, false), new NDList(x, x.zerosLike(),
                            x.onesLike()), true).singletonOrThrow();
                    NDArray loss = h.square().mean();
                    gc.backward(loss);
                }
                ParameterUpdates.step(adam, params);
                steps++;
            }
            return steps / ((System.nanoTime() - start) / 1e9);
        }
    }

    static long rssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read /proc/self/status for RSS: " + e.getMessage(), e);
        }
        return -1;
    }
}
