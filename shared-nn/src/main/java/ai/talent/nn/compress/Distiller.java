package ai.talent.nn.compress;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.text.SentenceEncoder;
import ai.talent.nn.text.TextTokenizer;
import ai.talent.nn.train.GradientLock;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.ParameterUpdates;
import ai.talent.nn.transformer.Pooling;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Knowledge distillation of sentence embeddings: the student learns to point its (pooled, unit) embedding
 * where the frozen teacher points, with loss {@code 1 - cos(student, teacher)} averaged over the batch.
 */
public final class Distiller {

    /** Training settings. */
    public record Config(int steps, float learningRate) {
        public Config {
            if (steps < 0 || learningRate <= 0) {
                throw new IllegalArgumentException("invalid distillation settings: " + this);
            }
        }
    }

    private final BertEncoder teacher;
    private final BertEncoder student;
    private final TextTokenizer tokenizer;
    private final Pooling pooling;

    public Distiller(BertEncoder teacher, BertEncoder student, TextTokenizer tokenizer, Pooling pooling) {
        this.teacher = teacher;
        this.student = student;
        this.tokenizer = tokenizer;
        this.pooling = pooling;
        teacher.freezeParameters(true);
    }

    /**
     * Runs {@code config.steps()} steps on batches from {@code batches}; {@code afterStep} runs after each update
     * (e.g. to re-apply a pruning mask) and receives the step number. Returns the loss of each step.
     */
    public List<Float> distill(Supplier<List<String>> batches, Config config, IntConsumer afterStep) {
        List<Parameter> params = new ArrayList<>(student.getParameters().values());
        Optimizer optimizer = Optimizer.adam().optLearningRateTracker(Tracker.fixed(config.learningRate())).build();
        List<Float> losses = new ArrayList<>();
        NnEngine.configureCurrentThread();
        var engine = NnEngine.get();
        for (int step = 0; step < config.steps(); step++) {
            List<String> texts = batches.get();
            try (NDManager m = engine.newBaseManager()) {
                NDList in = SentenceEncoder.inputs(m, tokenizer.batch(texts));
                NDArray target = embed(teacher, m, in, false);
                losses.add(GradientLock.with(() -> {
                    try (GradientCollector gc = engine.newGradientCollector()) {
                        NDArray predicted = embed(student, m, in, true);
                        NDArray loss = predicted.mul(target).sum(new int[] {1}).neg().add(1f).mean();
                        gc.backward(loss);
                        return loss.getFloat();
                    }
                }));
            }
            ParameterUpdates.step(optimizer, params);
            afterStep.accept(step);
        }
        return losses;
    }

    /** Mean cosine similarity between student and teacher embeddings of the texts. */
    public double agreement(List<String> texts) {
        try (NDManager m = NnEngine.get().newBaseManager()) {
            NDList in = SentenceEncoder.inputs(m, tokenizer.batch(texts));
            return embed(student, m, in, false).mul(embed(teacher, m, in, false)).sum(new int[] {1}).mean()
                    .getFloat();
        }
    }

    private NDArray embed(BertEncoder encoder, NDManager m, NDList in, boolean training) {
        return SentenceEncoder.unitVectors(encoder, pooling, m, in, training);
    }
}
