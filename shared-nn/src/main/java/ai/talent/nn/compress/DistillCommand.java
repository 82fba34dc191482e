package ai.talent.nn.compress;

import ai.djl.ndarray.NDManager;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.text.TextTokenizer;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.Pooling;
import ai.talent.nn.transformer.PretrainedWeights;
import java.nio.file.Path;
import java.util.List;

/**
 * Train command for the 3-layer MiniLM student: initialised from teacher layers 0, 2, 4, distilled on
 * synthetic titles and skill phrases, saved as an encoder file. Options: {@code --out FILE} (default
 * {@value #DEFAULT_OUT}), {@code --steps N} (default 300), {@code --batch N} (default 32), {@code --lr X}
 * (default 1e-4), {@code --seed N}.
 */
public final class DistillCommand {

    public static final String DEFAULT_OUT = "target/models/minilm-student-l3/encoder.bin";
    static final int DEFAULT_STEPS = 300;
    static final int DEFAULT_BATCH = 32;
    static final float DEFAULT_LR = 1e-4f;
    static final int[] TEACHER_LAYERS = {0, 2, 4};

    private DistillCommand() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(DEFAULT_OUT);
        int steps = DEFAULT_STEPS;
        int batch = DEFAULT_BATCH;
        float lr = DEFAULT_LR;
        long seed = 7;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--steps" -> steps = Integer.parseInt(args[++i]);
                case "--batch" -> batch = Integer.parseInt(args[++i]);
                case "--lr" -> lr = Float.parseFloat(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--help" -> {
                    System.out.println("DistillCommand [--out FILE] [--steps N] [--batch N] [--lr X] [--seed N]");
                    return;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; see --help");
            }
        }
        train(out, steps, batch, lr, seed);
    }

    /** Distils the student and writes it to {@code out}; returns the student's agreement with the teacher. */
    public static double train(Path out, int steps, int batch, float lr, long seed) throws Exception {
        try (NDManager m = NnEngine.get().newBaseManager();
                TextTokenizer tokenizer = TextTokenizer.fromResource(PretrainedWeights.MINILM_TOKENIZER, 64)) {
            BertEncoder teacher = PretrainedWeights.miniLm(m);
            BertEncoder student = PretrainedWeights.randomEncoder(teacher.config().withLayers(TEACHER_LAYERS.length), m);
            PretrainedWeights.copyLayers(teacher, student, TEACHER_LAYERS);
            Distiller distiller = new Distiller(teacher, student, tokenizer, Pooling.MEAN);
            List<String> heldOut = new SyntheticTitles(seed + 1000).next(256);
            double before = distiller.agreement(heldOut);
            SyntheticTitles source = new SyntheticTitles(seed);
            long start = System.nanoTime();
            int logEvery = Math.max(1, steps / 10);
            List<Float> losses = distiller.distill(() -> source.next(batch), new Distiller.Config(steps, lr), s -> {
                if ((s + 1) % logEvery == 0) {
                    System.out.printf("distill step %d/%d  %.1f s%n", s + 1, steps, (System.nanoTime() - start) / 1e9);
                }
            });
            double after = distiller.agreement(heldOut);
            EncoderFile.save(student, out, false);
            System.out.printf("student saved to %s; held-out cosine to teacher %.4f -> %.4f; last loss %.4f%n",
                    out.toAbsolutePath(), before, after, losses.isEmpty() ? Float.NaN : losses.get(losses.size() - 1));
            return after;
        }
    }
}
