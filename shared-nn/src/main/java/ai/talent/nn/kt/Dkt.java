package ai.talent.nn.kt;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;
import ai.talent.nn.block.IdEmbedding;
import ai.talent.nn.block.Lstm;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Deep knowledge tracing (Piech et al., 2015): an LSTM reads each row's (skill, response) — one-hot, as the
 * original and the reference PyTorch DKT, or through a learned embedding when {@link DktConfig#embedding()} is
 * positive — and, from its state,
 * a linear layer gives every skill's logit of a correct next answer. A row is predicted from the state after
 * the last row it may see (the previous row, or the row before its problem when leak-free), reading the
 * logit of the row's own skill; the whole output vector is the per-skill mastery.
 */
public final class Dkt extends AbstractBlock implements KtNetwork {

    private static final byte VERSION = 1;

    private final DktConfig config;
    private final IdEmbedding interactions;
    private final Lstm lstm;
    private final Linear output;

    public Dkt(DktConfig config) {
        super(VERSION);
        this.config = config;
        int ids = 2 * (config.skills() + 1);
        // N(0, 1) as PyTorch's nn.Embedding: the input then moves the gates from the start (the engine's default for
        // weights, N(0, 2/width), gave inputs a tenth as large and a slower start)
        interactions = config.oneHot() ? null
                : addChildBlock("interactions", new IdEmbedding(ids, config.embedding(), new NormalInitializer(1f)));
        lstm = addChildBlock("lstm", config.oneHot() ? Lstm.overIds(config.hidden(), ids) : new Lstm(config.hidden()));
        output = addChildBlock("output", Linear.builder().setUnits(config.skills() + 1).build());
    }

    public DktConfig config() {
        return config;
    }

    @Override
    public String type() {
        return KtNetworks.DKT;
    }

    @Override
    public int skills() {
        return config.skills();
    }

    @Override
    public int questions() {
        return 0;
    }

    @Override
    public Map<String, Object> hyperparameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("skills", config.skills());
        p.put("embedding", config.embedding());
        p.put("hidden", config.hidden());
        p.put("dropout", (double) config.dropout());
        return p;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray skills = inputs.get(KtBatch.SKILLS);
        long b = skills.getShape().get(0);
        long t = skills.getShape().get(1);
        NDArray ids = skills.mul(2).add(inputs.get(KtBatch.RESPONSES));
        NDArray x = input(store, ids, training);
        NDArray states = lstm.forward(store, new NDList(x), training).head();
        // States before each row: index 0 is the empty history, index j + 1 the state after row j.
        NDArray before = NDArrays.concat(new NDList(
                states.getManager().zeros(new Shape(b, 1, config.hidden()), states.getDataType()), states), 1)
                .reshape(b * (t + 1), config.hidden());
        NDArray offsets = states.getManager().arange(0, (int) (b * (t + 1)), (int) (t + 1), DataType.INT64).reshape(b, 1);
        // one LSTM pass serves every protocol of the batch: they differ only in which state a row reads
        NDList perProtocol = new NDList();
        for (int p = 0; p < KtBatch.protocols(inputs); p++) {
            NDArray seen = before.get(KtBatch.firsts(inputs, p).add(offsets).reshape(b * t));
            if (training && config.dropout() > 0) {
                seen = Dropout.dropout(seen, config.dropout(), true).head();
            }
            NDArray logits = output.forward(store, new NDList(seen), training).head();
            perProtocol.add(logits.gather(skills.reshape(b * t, 1), 1).reshape(b, t));
        }
        return new NDList(perProtocol.size() == 1 ? perProtocol.head() : NDArrays.concat(perProtocol, 1));
    }

    @Override
    public NDArray penalty(ParameterStore store, NDList inputs, boolean training) {
        return null;
    }

    @Override
    public KtState start() {
        return new DktState(0, new float[config.hidden()], new float[config.hidden()]);
    }

    @Override
    public float[] predict(ParameterStore store, NDManager scratch, KtState state, int question, int[] skills) {
        float[] all = allSkills(store, scratch, (DktState) state);
        float[] p = new float[skills.length];
        for (int i = 0; i < skills.length; i++) {
            p[i] = all[known(skills[i])];
        }
        return p;
    }

    @Override
    public KtState observe(ParameterStore store, NDManager scratch, KtState state, int question, int[] skills,
            boolean correct) {
        DktState s = (DktState) state;
        Lstm.State carried = new Lstm.State(scratch.create(s.h(), new Shape(1, config.hidden())),
                scratch.create(s.c(), new Shape(1, config.hidden())));
        for (int skill : skills) {
            NDArray id = scratch.create(new long[] {2L * known(skill) + (correct ? 1 : 0)}, new Shape(1));
            NDArray x = input(store, id, false);
            carried = lstm.step(store, x, carried, false);
        }
        return new DktState(s.rows() + skills.length, carried.h().toFloatArray(), carried.c().toFloatArray());
    }

    @Override
    public float[] mastery(ParameterStore store, NDManager scratch, KtState state) {
        float[] all = allSkills(store, scratch, (DktState) state);
        float[] mastery = new float[config.skills()];
        System.arraycopy(all, 1, mastery, 0, mastery.length);
        return mastery;
    }

    /** Probabilities for every skill id 0..skills from a state. */
    private float[] allSkills(ParameterStore store, NDManager scratch, DktState state) {
        NDArray h = scratch.create(state.h(), new Shape(1, config.hidden()));
        return Activation.sigmoid(output.forward(store, new NDList(h), false).head()).toFloatArray();
    }

    /** The LSTM's input for interaction ids: the ids themselves (one-hot) or their embeddings. */
    private NDArray input(ParameterStore store, NDArray ids, boolean training) {
        return interactions == null ? ids : interactions.forward(store, new NDList(ids), training).head();
    }

    private int known(int skill) {
        return skill >= 1 && skill <= config.skills() ? skill : 0;
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape rows = inputShapes[0];
        if (interactions == null) {
            lstm.initialize(manager, dataType, rows);
        } else {
            interactions.initialize(manager, dataType, rows);
            lstm.initialize(manager, dataType, rows.add(config.embedding()));
        }
        output.initialize(manager, dataType, new Shape(rows.get(0), config.hidden()));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }
}
