package ai.talent.nn.text;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.ParameterTracker;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.train.GradientLock;
import ai.talent.nn.train.InfoNceLoss;
import ai.talent.nn.train.OptimizerConfig;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.ParameterUpdates;
import ai.talent.nn.transformer.Pooling;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Fine-tunes a pretrained encoder on (text, matching text) pairs with contrastive loss: every other pair's positive
 * in the batch is a negative, and so are the pairs' own hard negatives (texts that look alike but must stay apart,
 * e.g. mined with {@link HardNegatives}). The lower layers can be frozen and the learning rate shrinks layer by
 * layer towards the embeddings.
 */
public final class ContrastiveFineTuner {

    /**
     * A text, a text that should land near it, texts that should not (hard negatives; may be empty), and an optional
     * group: pairs of the same group (one occupation, one project) are never each other's negatives in a batch.
     */
    public record Pair(String anchor, String positive, List<String> hardNegatives, String group) {

        public Pair {
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(positive, "positive");
            hardNegatives = hardNegatives == null ? List.of() : List.copyOf(hardNegatives);
        }

        public Pair(String anchor, String positive) {
            this(anchor, positive, List.of(), null);
        }

        /** This pair with these hard negatives instead of its own. */
        public Pair withHardNegatives(List<String> negatives) {
            return new Pair(anchor, positive, negatives, group);
        }
    }

    /** Called after every step; returning false stops training after that step. */
    @FunctionalInterface
    public interface StepListener {
        boolean afterStep(int step, int steps, float loss);
    }

    /** Texts embedded per forward pass by {@link #embed}. */
    static final int EMBED_BATCH = 128;

    private final BertEncoder encoder;
    private final TextTokenizer tokenizer;
    private final FineTuneConfig config;
    private final Pooling pooling;
    private final InfoNceLoss loss;
    private final Optimizer optimizer;
    private final List<Parameter> parameters;
    private final Random random;

    public ContrastiveFineTuner(BertEncoder encoder, TextTokenizer tokenizer, Pooling pooling, FineTuneConfig config) {
        this.encoder = encoder;
        this.tokenizer = tokenizer;
        this.config = config;
        this.pooling = pooling;
        this.loss = new InfoNceLoss(config.temperature(), true);
        this.random = new Random(config.seed());
        Map<String, Integer> layerById = new HashMap<>();
        parameters = new ArrayList<>();
        for (Map.Entry<String, Parameter> e : encoder.namedParameters().entrySet()) {
            int layer = BertEncoder.layerOf(e.getKey());
            Parameter p = e.getValue();
            p.freeze(layer < 0 ? config.freezeEmbeddings() : layer < config.frozenLayers());
            layerById.put(p.getId(), layer);
            parameters.add(p);
        }
        int top = encoder.config().layers() - 1;
        optimizer = OptimizerConfig.adamW(config.learningRate()).build(learningRates(layerById, top, config));
    }

    /** The learning rate of each parameter id: top layer at the base rate, decayed per layer below. */
    static ParameterTracker learningRates(Map<String, Integer> layerById, int top, FineTuneConfig config) {
        return (id, step) -> {
            Integer layer = layerById.get(id);
            int depth = top - (layer == null ? top : layer);
            return (float) (config.learningRate() * Math.pow(config.layerDecay(), depth));
        };
    }

    /** The learning rate used for parameters of the given layer (-1 = embeddings). */
    public float learningRateOf(int layer) {
        return (float) (config.learningRate() * Math.pow(config.layerDecay(), encoder.config().layers() - 1 - layer));
    }

    /** Trains for {@code steps} batches drawn from the pairs; returns the loss of each step. */
    public List<Float> train(List<Pair> pairs, int steps) {
        return train(pairs, steps, (step, total, value) -> true);
    }

    /**
     * Trains for up to {@code steps} batches drawn from the pairs (shuffled, each pair once per pass), telling
     * {@code listener} after each step; returns the loss of each step taken.
     */
    public List<Float> train(List<Pair> pairs, int steps, StepListener listener) {
        if (pairs.size() < 2) {
            throw new IllegalArgumentException("contrastive fine-tuning needs at least 2 pairs, got " + pairs.size());
        }
        List<Float> losses = new ArrayList<>();
        List<Pair> order = new ArrayList<>(pairs);
        int cursor = order.size();
        NnEngine.configureCurrentThread();
        Engine engine = NnEngine.get();
        for (int step = 0; step < steps; step++) {
            List<Pair> batch = new ArrayList<>();
            while (batch.size() < Math.min(config.batchSize(), pairs.size())) {
                if (cursor >= order.size()) {
                    Collections.shuffle(order, random);
                    cursor = 0;
                }
                batch.add(order.get(cursor++));
            }
            List<String> negatives = sampleHardNegatives(batch);
            float value = GradientLock.with(() -> {
                try (NDManager m = engine.newBaseManager(); GradientCollector gc = engine.newGradientCollector()) {
                    NDArray l = batchLoss(m, batch, negatives, true);
                    gc.backward(l);
                    return l.getFloat();
                }
            });
            ParameterUpdates.step(optimizer, parameters);
            losses.add(value);
            if (!listener.afterStep(step + 1, steps, value)) {
                break;
            }
        }
        return losses;
    }

    /** Mean contrastive loss over the pairs as one batch (with each pair's first hard negatives), without training. */
    public float evaluate(List<Pair> pairs) {
        List<String> negatives = new ArrayList<>();
        for (Pair p : pairs) {
            negatives.addAll(p.hardNegatives().subList(0, Math.min(config.hardNegatives(), p.hardNegatives().size())));
        }
        try (NDManager m = NnEngine.get().newBaseManager()) {
            return batchLoss(m, pairs, negatives, false).getFloat();
        }
    }

    /** Unit sentence vectors of the texts under the current weights (e.g. to mine hard negatives as training goes). */
    public float[][] embed(List<String> texts) {
        NnEngine.configureCurrentThread();
        SentenceEncoder sentences = new SentenceEncoder(encoder, pooling, true);
        float[][] out = new float[texts.size()][];
        for (int start = 0; start < texts.size(); start += EMBED_BATCH) {
            int end = Math.min(texts.size(), start + EMBED_BATCH);
            float[][] part = sentences.embed(tokenizer.batch(texts.subList(start, end)));
            System.arraycopy(part, 0, out, start, part.length);
        }
        return out;
    }

    private List<String> sampleHardNegatives(List<Pair> batch) {
        List<String> out = new ArrayList<>();
        for (Pair p : batch) {
            List<String> own = p.hardNegatives();
            if (own.size() <= config.hardNegatives()) {
                out.addAll(own);
            } else {
                List<String> shuffled = new ArrayList<>(own);
                Collections.shuffle(shuffled, random);
                out.addAll(shuffled.subList(0, config.hardNegatives()));
            }
        }
        return out;
    }

    private NDArray batchLoss(NDManager m, List<Pair> batch, List<String> negatives, boolean training) {
        List<String> anchors = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        for (Pair p : batch) {
            anchors.add(p.anchor());
            candidates.add(p.positive());
        }
        candidates.addAll(negatives);
        NDArray excluded = m.create(excluded(batch, negatives));
        return loss.evaluate(new NDList(), new NDList(embed(m, anchors, training), embed(m, candidates, training),
                excluded));
    }

    /**
     * Which candidates are not negatives of a row: another pair of the same group or with the same text on either
     * side, and a hard negative whose text is the row's own anchor or positive.
     */
    static float[][] excluded(List<Pair> batch, List<String> negatives) {
        int n = batch.size();
        float[][] out = new float[n][n + negatives.size()];
        for (int i = 0; i < n; i++) {
            Pair a = batch.get(i);
            for (int j = 0; j < n; j++) {
                Pair b = batch.get(j);
                boolean same = i != j && (a.group() != null && a.group().equals(b.group())
                        || a.positive().equals(b.positive()) || a.anchor().equals(b.anchor())
                        || a.anchor().equals(b.positive()) || a.positive().equals(b.anchor()));
                out[i][j] = same ? 1f : 0f;
            }
            for (int k = 0; k < negatives.size(); k++) {
                String text = negatives.get(k);
                out[i][n + k] = text.equals(a.positive()) || text.equals(a.anchor()) ? 1f : 0f;
            }
        }
        return out;
    }

    private NDArray embed(NDManager m, List<String> texts, boolean training) {
        return SentenceEncoder.unitVectors(encoder, pooling, m, SentenceEncoder.inputs(m, tokenizer.batch(texts)),
                training);
    }
}
