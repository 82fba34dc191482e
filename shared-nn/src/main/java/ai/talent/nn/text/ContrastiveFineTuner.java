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
import java.util.Random;

/**
 * Fine-tunes a pretrained encoder on (text, matching text) pairs with in-batch contrastive loss, with the
 * lower layers frozen and a learning rate that shrinks layer by layer towards the embeddings.
 */
public final class ContrastiveFineTuner {

    /** A text and a text that should land near it. */
    public record Pair(String anchor, String positive) {
    }

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
            p.freeze(layer < config.frozenLayers());
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
            losses.add(GradientLock.with(() -> {
                try (NDManager m = engine.newBaseManager(); GradientCollector gc = engine.newGradientCollector()) {
                    NDArray value = batchLoss(m, batch, true);
                    gc.backward(value);
                    return value.getFloat();
                }
            }));
            ParameterUpdates.step(optimizer, parameters);
        }
        return losses;
    }

    /** Mean contrastive loss over the pairs, without training (one batch). */
    public float evaluate(List<Pair> pairs) {
        try (NDManager m = NnEngine.get().newBaseManager()) {
            return batchLoss(m, pairs, false).getFloat();
        }
    }

    private NDArray batchLoss(NDManager m, List<Pair> batch, boolean training) {
        List<String> anchors = new ArrayList<>();
        List<String> positives = new ArrayList<>();
        for (Pair p : batch) {
            anchors.add(p.anchor());
            positives.add(p.positive());
        }
        return loss.evaluate(new NDList(), new NDList(embed(m, anchors, training), embed(m, positives, training)));
    }

    private NDArray embed(NDManager m, List<String> texts, boolean training) {
        return SentenceEncoder.unitVectors(encoder, pooling, m, SentenceEncoder.inputs(m, tokenizer.batch(texts)),
                training);
    }
}
