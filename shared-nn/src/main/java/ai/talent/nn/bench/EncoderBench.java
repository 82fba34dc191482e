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
import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.Trainer;
import ai.djl.training.loss.L2Loss;
import ai.talent.nn.bilingual.BilingualStudent;
import ai.talent.nn.bilingual.BilingualTokenizerFile;
import ai.talent.nn.bilingual.KoreanVocabulary;
import ai.talent.nn.compress.EncoderFile;
import ai.talent.nn.registry.ModelRegistry;
import ai.talent.nn.registry.PublishedModel;
import ai.talent.nn.text.EncoderSource;
import ai.talent.nn.transformer.FusedEncoder;
import java.util.Locale;
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
 * Encoder speed and memory on this machine. For the English teacher (MiniLM) and the bilingual student, each of
 * our inference paths is measured against ONNX Runtime running the same model in the same run (the published
 * MiniLM file for the teacher, the student's weights exported into that graph for the student), one thread each,
 * rounds interleaved so all sides see the same machine load, in three regimes: batch 1 (a search query), batch 32
 * of mixed lengths, and batch 32 of length-sorted texts (how {@code TextEncoder} batches; little padding to skip).
 * Our paths: the fused path ({@link FusedEncoder}, what {@code TextEncoder} runs) and the block path
 * ({@code BertEncoder} through {@code SentenceEncoder}, what training runs). Then resident memory of a child JVM
 * holding only one encoder on one engine, the 3-layer student and the int8 encoder against fp32, and encoder
 * training steps/s against a bare DJL Trainer loop on the same encoder. Options: {@code --seconds S} per measured
 * side (default 4), {@code --registry DIR} where the promoted bilingual student is looked up (default
 * target/models/registry; without one, an untrained student of the same size is timed).
 */
public final class EncoderBench {

    private static final int TEXTS = 256;
    static final String[] REGIMES = {"batch1", "batch32_mixed", "batch32_sorted"};

    private EncoderBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Object> figures = run(args);
        System.out.println(new ObjectMapper().writeValueAsString(figures));
    }

    /** Runs the benchmark, prints readable lines, and returns the figures by key. */
    public static LinkedHashMap<String, Object> run(String[] args) throws Exception {
        double seconds = 4;
        Path registry = Path.of("target/models/registry");
        for (int i = 0; i < args.length; i++) {
            if ("--seconds".equals(args[i]) && i + 1 < args.length) {
                seconds = Double.parseDouble(args[++i]);
            } else if ("--registry".equals(args[i]) && i + 1 < args.length) {
                registry = Path.of(args[++i]);
            } else if ("--help".equals(args[i])) {
                System.out.println("EncoderBench [--seconds S] [--registry DIR]  (seconds measured per side)");
                return new LinkedHashMap<>();
            } else {
                throw new IllegalArgumentException("unknown option " + args[i] + "; use --seconds S, --registry DIR");
            }
        }
        LinkedHashMap<String, Object> figures = new LinkedHashMap<>();
        NnEngine.get();
        List<String> texts = new SyntheticTitles(2024).next(TEXTS);
        memory(figures, registry);
        try (NDManager m = NnEngine.get().newBaseManager();
                TextTokenizer tokenizer = TextTokenizer.fromResource(PretrainedWeights.MINILM_TOKENIZER, 128)) {
            BertEncoder teacher = PretrainedWeights.miniLm(m);
            teacher.freezeParameters(true);
            try (OnnxEncoder ort = OnnxEncoder.miniLm(); OnnxEncoder exported = OnnxEncoder.of(teacher)) {
                regimes("teacher", teacher, tokenizer, texts, ort, exported, seconds, figures);
            }
            Student student = student(registry, teacher, m);
            try (TextTokenizer studentTokenizer = TextTokenizer.fromFile(student.tokenizer(), 128);
                    OnnxEncoder ort = OnnxEncoder.of(student.encoder())) {
                System.out.println("student: " + student.name());
                regimes("student", student.encoder(), studentTokenizer, texts, ort, null, seconds, figures);
            }

            List<TokenBatch> b32 = batches(tokenizer, texts, 32);
            SentenceEncoder ours = new SentenceEncoder(teacher, Pooling.MEAN, true);
            BertEncoder small = PretrainedWeights.randomEncoder(TransformerConfig.miniLm().withLayers(3), m);
            PretrainedWeights.copyLayers(teacher, small, 0, 2, 4);
            small.freezeParameters(true);
            SentenceEncoder smallEncoder = new SentenceEncoder(small, Pooling.MEAN, true);
            double[] st = interleaved(seconds, b32, smallEncoder::embed, ours::embed);
            figures.put("student_l3_speedup_batch32", Figures.figure("3-layer student sentences/s, batch32",
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
        double[] steps = trainingStepsPerSecond(seconds);
        Map<String, Object> training = Figures.figure("2-layer d=128 encoder training steps/s at 32x64 tokens, our "
                + "loop (GradientCollector + ParameterUpdates, as Distiller)", steps[0], "steps/s", steps[1]);
        training.put("reference_name", "bare DJL Trainer loop on the same encoder and batches");
        figures.put("training_steps_per_s", training);
        System.out.printf("training: %.2f steps/s vs bare DJL Trainer %.2f (2 layers, d=128, batch 32 x 64 tokens)%n",
                steps[0], steps[1]);
        return figures;
    }

    /** The bilingual student to time, its tokenizer file, and what it is. */
    record Student(BertEncoder encoder, Path tokenizer, String name) {
    }

    private static Student student(Path registry, BertEncoder teacher, NDManager m) throws Exception {
        ModelRegistry reg = new ModelRegistry(registry);
        if (reg.currentVersion(EncoderSource.BILINGUAL) != null) {
            PublishedModel published = reg.loadCurrent(EncoderSource.BILINGUAL, EncoderSource.EXPECTATION);
            BertEncoder encoder = EncoderFile.load(published.file(EncoderSource.WEIGHTS), m, false);
            encoder.freezeParameters(true);
            return new Student(encoder, published.file(EncoderSource.TOKENIZER),
                    EncoderSource.BILINGUAL + " " + published.version() + " (vocabulary "
                            + encoder.config().vocabSize() + ")");
        }
        Path tokenizer = Files.createTempFile("bench-bilingual", ".json");
        tokenizer.toFile().deleteOnExit();
        List<String> units = KoreanVocabulary.learn(List.of("서울 리액트 개발자 5년 이상", "부산 카페 로고 디자인"),
                KoreanVocabulary.Settings.defaults(), BilingualTokenizerFile.teacherVocabulary().keySet());
        BilingualTokenizerFile.write(units, tokenizer);
        BertEncoder encoder = BilingualStudent.fromTeacher(teacher, BilingualTokenizerFile.teacherVocabulary(),
                BilingualTokenizerFile.vocabulary(tokenizer), m);
        encoder.freezeParameters(true);
        return new Student(encoder, tokenizer, "untrained student of the bilingual geometry (vocabulary "
                + encoder.config().vocabSize() + "; none promoted under " + registry + ")");
    }

    /**
     * Our two paths and ONNX Runtime on the same model in the three regimes; {@code exported} (optional) is our
     * export of the same weights, timed too to show that serving our own weights through ONNX Runtime costs
     * nothing over the published file.
     */
    private static void regimes(String model, BertEncoder encoder, TextTokenizer tokenizer, List<String> texts,
            OnnxEncoder ort, OnnxEncoder exported, double seconds, Map<String, Object> figures) throws Exception {
        List<String> byLength = new ArrayList<>(texts);
        byLength.sort(Comparator.comparingInt(t -> tokenizer.ids(t).length));
        SentenceEncoder blocks = new SentenceEncoder(encoder, Pooling.MEAN, true);
        try (FusedEncoder fused = FusedEncoder.of(encoder)) {
            for (String regime : REGIMES) {
                List<TokenBatch> batches = switch (regime) {
                    case "batch1" -> batches(tokenizer, texts, 1);
                    case "batch32_mixed" -> batches(tokenizer, texts, 32);
                    default -> batches(tokenizer, byLength, 32);
                };
                List<Side> sides = new ArrayList<>(List.of(
                        b -> fused.meanPooled(b.ids(), b.typeIds(), b.mask(), true), blocks::embed, ort::embed));
                if (exported != null) {
                    sides.add(exported::embed);
                }
                double[] sps = interleaved(seconds, batches, sides);
                String key = model + "." + regime;
                figures.put(key + ".fused", Figures.figure(model + " fused PyTorch path sentences/s, " + regime,
                        sps[0], "sentences/s", sps[2]));
                figures.put(key + ".blocks", Figures.figure(model + " block PyTorch path sentences/s, " + regime,
                        sps[1], "sentences/s", sps[2]));
                figures.put(key + ".ort", Figures.figure(model + " ONNX Runtime (same model) sentences/s, " + regime,
                        sps[2], "sentences/s", null));
                System.out.printf(Locale.ROOT, "%-7s %-15s fused %7.1f  blocks %7.1f  ONNX Runtime %7.1f sentences/s"
                        + "  ratio fused %.2f  blocks %.2f", model, regime, sps[0], sps[1], sps[2], sps[0] / sps[2],
                        sps[1] / sps[2]);
                if (exported != null) {
                    figures.put(key + ".ort_export", Figures.figure(model + " our weights exported to ONNX Runtime "
                            + "sentences/s, " + regime, sps[3], "sentences/s", sps[2]));
                    System.out.printf(Locale.ROOT, "  our export via ONNX Runtime %7.1f (%.2f)", sps[3],
                            sps[3] / sps[2]);
                }
                System.out.println();
            }
        }
    }

    /** Resident memory of child JVMs that each hold one encoder on one engine and nothing else. */
    private static void memory(Map<String, Object> figures, Path registry) throws Exception {
        ModelRegistry reg = new ModelRegistry(registry);
        List<String> student = List.of();
        if (reg.currentVersion(EncoderSource.BILINGUAL) != null) {
            PublishedModel p = reg.loadCurrent(EncoderSource.BILINGUAL, EncoderSource.EXPECTATION);
            student = List.of(p.file(EncoderSource.WEIGHTS).toString(), p.file(EncoderSource.TOKENIZER).toString());
        }
        for (String engine : List.of("pytorch", "onnxruntime")) {
            for (String model : student.isEmpty() ? List.of("teacher") : List.of("teacher", "student")) {
                long[] rss = probe(engine, "teacher".equals(model) ? List.of() : student);
                Map<String, Object> f = Figures.figure("RSS of a JVM holding only the " + model + " on " + engine,
                        rss[0], "MB", (double) rss[1]);
                f.put("reference_name", "the same JVM before loading anything");
                f.put("goal_mb", 600);
                figures.put("rss." + model + "." + engine, f);
                System.out.printf(Locale.ROOT, "RSS, JVM holding only the %s on %s: %d MB (%d MB at start)%n", model,
                        engine, rss[0], rss[1]);
            }
        }
    }

    private static long[] probe(String engine, List<String> files) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g", "-Dai.djl.offline=true", "-Dai.djl.pytorch.num_threads=1",
                "-Dai.djl.pytorch.num_interop_threads=1", "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), EncoderMemoryProbe.class.getName(), engine));
        command.addAll(files);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("memory probe for " + engine + " failed:\n" + out);
        }
        java.util.regex.Matcher mt = java.util.regex.Pattern.compile("rss_mb=(\\d+) start_mb=(\\d+)").matcher(out);
        if (!mt.find()) {
            throw new IllegalStateException("memory probe for " + engine + " printed no figure:\n" + out);
        }
        return new long[] {Long.parseLong(mt.group(1)), Long.parseLong(mt.group(2))};
    }

    /** Functional form of one side's batch encoder. */
    @FunctionalInterface
    interface Side {
        Object run(TokenBatch batch) throws Exception;
    }

    /** Sentences/s of two sides, measured in alternating rounds. */
    static double[] interleaved(double seconds, List<TokenBatch> batches, Side a, Side b) throws Exception {
        return interleaved(seconds, batches, List.of(a, b));
    }

    /** Sentences/s of each side, measured in rotating rounds of about half a second each (after a warm-up). */
    static double[] interleaved(double seconds, List<TokenBatch> batches, List<Side> sides) throws Exception {
        int n = sides.size();
        for (int i = 0; i < Math.min(3, batches.size()); i++) {
            for (Side side : sides) {
                side.run(batches.get(i));
            }
        }
        long[] nanos = new long[n];
        long[] sentences = new long[n];
        int[] cursor = new int[n];
        double round = 0.5e9;
        boolean more = true;
        while (more) {
            for (int s = 0; s < n; s++) {
                long start = System.nanoTime();
                while (System.nanoTime() - start < round) {
                    TokenBatch batch = batches.get(cursor[s]++ % batches.size());
                    sides.get(s).run(batch);
                    sentences[s] += batch.size();
                }
                nanos[s] += System.nanoTime() - start;
            }
            more = false;
            for (long t : nanos) {
                more |= t < seconds * 1e9;
            }
        }
        double[] out = new double[n];
        for (int s = 0; s < n; s++) {
            out[s] = sentences[s] / (nanos[s] / 1e9);
        }
        return out;
    }

    static List<TokenBatch> batches(TextTokenizer tokenizer, List<String> texts, int size) {
        List<TokenBatch> batches = new ArrayList<>();
        for (int i = 0; i + size <= texts.size(); i += size) {
            batches.add(tokenizer.batch(texts.subList(i, i + size)));
        }
        return batches;
    }

    /**
     * Steps/s of our training loop (engine gradient collector, {@link ParameterUpdates}, as {@code Distiller} and
     * the fine-tuners run) and of a bare DJL {@code Trainer} on the same encoder and batches, in alternating rounds.
     */
    private static double[] trainingStepsPerSecond(double seconds) {
        double ours = 0;
        double bare = 0;
        for (int round = 0; round < 3; round++) {
            ours = Math.max(ours, trainingRound(seconds / 3, false));
            bare = Math.max(bare, trainingRound(seconds / 3, true));
        }
        return new double[] {ours, bare};
    }

    private static double trainingRound(double seconds, boolean djlTrainer) {
        NnEngine.get().setRandomSeed(5);
        TransformerConfig config = TransformerConfig.tiny(1000, 128, 4, 2, 64);
        try (Model model = Model.newInstance("encoder-training")) {
            BertEncoder encoder = new BertEncoder(config);
            model.setBlock(encoder);
            Optimizer adam = Optimizer.adam().optLearningRateTracker(Tracker.fixed(1e-3f)).build();
            Shape shape = new Shape(32, 64);
            Trainer trainer = null;
            if (djlTrainer) {
                trainer = model.newTrainer(new DefaultTrainingConfig(new L2Loss()).optOptimizer(adam));
                trainer.initialize(shape, shape, shape);
            } else {
                encoder.initialize(model.getNDManager(), DataType.FLOAT32, shape, shape, shape);
            }
            List<Parameter> params = new ArrayList<>(encoder.getParameters().values());
            Random rnd = new Random(5);
            long[][] ids = new long[32][64];
            int warmUp = 2;
            int steps = -warmUp;
            long start = 0;
            try {
                while (steps <= 0 || System.nanoTime() - start < seconds * 1e9) {
                    if (steps == 0) {
                        start = System.nanoTime();
                    }
                    for (long[] row : ids) {
                        for (int j = 0; j < row.length; j++) {
                            row[j] = 1 + rnd.nextInt(999);
                        }
                    }
                    try (NDManager s = model.getNDManager().newSubManager()) {
                        NDArray x = s.create(ids);
                        NDList in = new NDList(x, x.zerosLike(), x.onesLike());
                        if (trainer != null) {
                            try (GradientCollector gc = trainer.newGradientCollector()) {
                                gc.backward(trainer.forward(in).singletonOrThrow().square().mean());
                            }
                            trainer.step();
                        } else {
                            try (GradientCollector gc = NnEngine.get().newGradientCollector()) {
                                NDArray h = encoder.forward(new ParameterStore(s, false), in, true).singletonOrThrow();
                                gc.backward(h.square().mean());
                            }
                            ParameterUpdates.step(adam, params);
                        }
                    }
                    steps++;
                }
            } finally {
                if (trainer != null) {
                    trainer.close();
                }
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
