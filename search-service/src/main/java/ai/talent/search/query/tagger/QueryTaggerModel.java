package ai.talent.search.query.tagger;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.talent.nn.block.Heads;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.text.SentenceEncoder;
import ai.talent.nn.text.TextTokenizer;
import ai.talent.nn.train.SoftmaxCeLoss;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.ParameterUpdates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The query tagger's network: the shared BERT encoder with a token-classification head of six logits per word
 * piece, two BIO triples (skill, knowledge). A word takes the tags of its first word piece. Training updates the
 * head and the top {@code trainLayers} encoder layers; the layers below stay as pretrained.
 */
public final class QueryTaggerModel implements AutoCloseable {

    static final String[] SKILL_TAGS = {"O", "B-SKILL", "I-SKILL"};
    static final String[] KNOWLEDGE_TAGS = {"O", "B-KNOWLEDGE", "I-KNOWLEDGE"};
    static final int MAX_PIECES = 128;

    private final BertEncoder encoder;
    private final Block head;
    private final HuggingFaceTokenizer tokenizer;
    private final NDManager manager;
    private final long cls;
    private final long sep;

    QueryTaggerModel(BertEncoder encoder, HuggingFaceTokenizer tokenizer, NDManager manager) {
        this.encoder = encoder;
        this.tokenizer = tokenizer;
        this.manager = manager;
        this.head = Heads.tokenClassification(SKILL_TAGS.length + KNOWLEDGE_TAGS.length);
        head.initialize(manager, DataType.FLOAT32, new Shape(1, 8, encoder.config().hidden()));
        long[] empty = tokenizer.encode("").getIds();
        this.cls = empty.length >= 2 ? empty[0] : 101;
        this.sep = empty.length >= 2 ? empty[empty.length - 1] : 102;
    }

    BertEncoder encoder() {
        return encoder;
    }

    Block head() {
        return head;
    }

    /** Word pieces of the words with [CLS]/[SEP], and the index of each word's first piece (-1 when cut off). */
    record Pieces(long[] ids, int[] firstPiece) {
    }

    Pieces pieces(List<String> words) {
        List<Long> ids = new ArrayList<>();
        ids.add(cls);
        int[] first = new int[words.size()];
        for (int w = 0; w < words.size(); w++) {
            long[] p = tokenizer.encode(words.get(w), false, false).getIds();
            if (p.length == 0 || ids.size() + p.length >= MAX_PIECES) {
                first[w] = -1;
                continue;
            }
            first[w] = ids.size();
            for (long id : p) {
                ids.add(id);
            }
        }
        ids.add(sep);
        return new Pieces(ids.stream().mapToLong(Long::longValue).toArray(), first);
    }

    /** Logits {@code [B, L, 6]} of a batch of sentences (padded), computed in {@code m}. */
    private NDArray logits(NDManager m, List<Pieces> batch, boolean training) {
        List<long[]> seqs = batch.stream().map(Pieces::ids).toList();
        var tokens = TextTokenizer.pad(seqs);
        NDList in = SentenceEncoder.inputs(m, tokens);
        ParameterStore ps = new ParameterStore(m, false);
        NDArray hidden = encoder.forward(ps, in, training).singletonOrThrow();
        return head.forward(ps, new NDList(hidden), training).singletonOrThrow();
    }

    /** Skill and knowledge tags of each word of each sentence. */
    List<List<String>[]> predict(List<List<String>> sentences) {
        NnEngine.configureCurrentThread();
        List<List<String>[]> out = new ArrayList<>();
        try (NDManager m = NnEngine.get().newBaseManager()) {
            List<Pieces> pieces = sentences.stream().map(this::pieces).toList();
            NDArray logits = logits(m, pieces, false);
            NDArray skill = logits.get(new NDIndex(":, :, 0:3")).argMax(-1);
            NDArray knowledge = logits.get(new NDIndex(":, :, 3:6")).argMax(-1);
            long length = logits.getShape().get(1);
            long[] s = skill.toLongArray();
            long[] k = knowledge.toLongArray();
            for (int b = 0; b < sentences.size(); b++) {
                List<String> skills = new ArrayList<>();
                List<String> knows = new ArrayList<>();
                for (int w = 0; w < sentences.get(b).size(); w++) {
                    int at = pieces.get(b).firstPiece()[w];
                    skills.add(at < 0 ? "O" : SKILL_TAGS[(int) s[(int) (b * length + at)]]);
                    knows.add(at < 0 ? "O" : KNOWLEDGE_TAGS[(int) k[(int) (b * length + at)]]);
                }
                @SuppressWarnings("unchecked")
                List<String>[] pair = new List[] {repair(skills), repair(knows)};
                out.add(pair);
            }
        }
        return out;
    }

    /** An I- tag with nothing to continue becomes B-, so every predicted span is well formed. */
    static List<String> repair(List<String> tags) {
        List<String> out = new ArrayList<>(tags);
        for (int i = 0; i < out.size(); i++) {
            String t = out.get(i);
            if (t.startsWith("I-") && (i == 0 || out.get(i - 1).equals("O"))) {
                out.set(i, "B-" + t.substring(2));
            }
        }
        return out;
    }

    /**
     * Trains on tagged sentences for {@code steps} mini-batches (seeded order), updating the head and the top
     * {@code trainLayers} layers; returns the loss of each step.
     */
    List<Float> train(List<TaggedSentence> data, int steps, int batchSize, float learningRate, int trainLayers,
                      long seed) {
        NnEngine.configureCurrentThread();
        int layers = encoder.config().layers();
        List<Parameter> parameters = new ArrayList<>();
        for (Map.Entry<String, Parameter> e : encoder.namedParameters().entrySet()) {
            boolean trainable = BertEncoder.layerOf(e.getKey()) >= layers - trainLayers;
            e.getValue().freeze(!trainable);
            parameters.add(e.getValue());
        }
        head.getParameters().values().forEach(p -> {
            p.freeze(false);
            parameters.add(p);
        });
        Optimizer optimizer = Optimizer.adamW().optLearningRateTracker(Tracker.fixed(learningRate)).build();
        SoftmaxCeLoss loss = new SoftmaxCeLoss();
        Random random = new Random(seed);
        List<TaggedSentence> order = new ArrayList<>(data);
        List<Float> losses = new ArrayList<>();
        int cursor = order.size();
        Engine engine = NnEngine.get();
        for (int step = 0; step < steps; step++) {
            List<TaggedSentence> batch = new ArrayList<>();
            while (batch.size() < Math.min(batchSize, order.size())) {
                if (cursor >= order.size()) {
                    java.util.Collections.shuffle(order, random);
                    cursor = 0;
                }
                batch.add(order.get(cursor++));
            }
            try (NDManager m = engine.newBaseManager(); GradientCollector gc = engine.newGradientCollector()) {
                List<Pieces> pieces = batch.stream().map(s -> pieces(s.words())).toList();
                NDArray logits = logits(m, pieces, true);
                long length = logits.getShape().get(1);
                long[][] skillLabels = new long[batch.size()][(int) length];
                long[][] knowledgeLabels = new long[batch.size()][(int) length];
                for (int b = 0; b < batch.size(); b++) {
                    java.util.Arrays.fill(skillLabels[b], SoftmaxCeLoss.IGNORE);
                    java.util.Arrays.fill(knowledgeLabels[b], SoftmaxCeLoss.IGNORE);
                    TaggedSentence s = batch.get(b);
                    for (int w = 0; w < s.words().size(); w++) {
                        int at = pieces.get(b).firstPiece()[w];
                        if (at >= 0) {
                            skillLabels[b][at] = index(SKILL_TAGS, s.skills().get(w));
                            knowledgeLabels[b][at] = index(KNOWLEDGE_TAGS, s.knowledge().get(w));
                        }
                    }
                }
                NDArray value = loss.evaluate(new NDList(m.create(skillLabels)),
                        new NDList(logits.get(new NDIndex(":, :, 0:3"))))
                        .add(loss.evaluate(new NDList(m.create(knowledgeLabels)),
                                new NDList(logits.get(new NDIndex(":, :, 3:6")))));
                gc.backward(value);
                losses.add(value.getFloat());
            }
            ParameterUpdates.step(optimizer, parameters);
        }
        return losses;
    }

    private static int index(String[] tags, String tag) {
        for (int i = 0; i < tags.length; i++) {
            if (tags[i].equals(tag)) {
                return i;
            }
        }
        return 0;
    }

    NDManager manager() {
        return manager;
    }

    @Override
    public void close() {
        tokenizer.close();
        manager.close();
    }
}
