package ai.talent.nn.kt;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;
import ai.talent.nn.block.IdEmbedding;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An attention knowledge tracer after AKT (Ghosh, Heffernan and Lan, KDD 2020), the Rasch variant (AKT-R).
 *
 * <p>Embeddings: a question of skill {@code s} is {@code x = c_s + μ_q · d_s} (skill embedding plus the
 * question's scalar difficulty times the skill's variation vector); an answered one is
 * {@code y = c_s + g_r + μ_q · (d_s + h_{s,r})} with a response embedding {@code g_r} and a variation vector
 * {@code h_{s,r}} per (skill, response), as AKT's {@code qa_embed_diff}; the vector tables start N(0, 1), as
 * AKT's PyTorch embeddings. A knowledge encoder
 * (self-attention over {@code y}, each row seeing itself and the rows before it) and a question encoder (the
 * same over {@code x}, without a feed-forward) feed a knowledge retriever: each row's encoded question attends
 * to earlier rows' encoded questions and takes their encoded interactions, seeing only the rows its protocol
 * allows (the previous rows, or the rows of earlier problems when leak-free). All attention is
 * {@link MonotonicAttention}: it decays with the context-aware distance, so no position embeddings are needed.
 * The retrieved knowledge and the question embedding go through a two-layer ReLU network to the logit, to which
 * a per-question offset is added (the Rasch difficulty in its plainest form).
 *
 * <p>Beyond AKT: the retriever may learn a per-head bonus for earlier rows of the same question (under the rows
 * protocol that is the previous row of a multi-skill problem, whose response is the one being predicted;
 * leak-free, it is a learner's earlier attempt at the problem), and the logit may add a learned weight for the
 * response of the latest such row ({@link AktConfig#recall()}: four weights, for that row being the one just
 * before or further back, answered right or wrong). The attention bonus only blends that row's knowledge into
 * the retrieved vector; the recall term carries its answer to the logit as it is. Under the rows protocol this is
 * how a model reads the repeated rows of a multi-skill problem (the AKT paper's protocol shows a problem's answer
 * to its own second row); leak-free, only a genuine earlier attempt can match. The per-question tables are {@link #sparseParameters()}:
 * {@link KtTrainer} updates them with Adagrad, not Adam, as each question is seen by few learners.
 *
 * <p>Rows attend at most {@code span} rows back; the online state therefore holds the latest {@code span} rows'
 * projections and advancing it costs one attention pass per new row.
 */
public final class Akt extends AbstractBlock implements KtNetwork {

    private static final byte VERSION = 2;
    /**
     * The recall term is {@code RECALL_SCALE · w · features}: Adam moves a weight by about its learning rate per
     * step, and the weights this term needs are several logits (a multi-skill problem's repeated row under the rows
     * protocol is answered as the row before it every time), which at 1e-3 per step would take thousands of steps.
     */
    static final float RECALL_SCALE = 50f;

    private final AktConfig config;
    private final IdEmbedding skill;
    private final IdEmbedding skillVariation;
    private final IdEmbedding difficulty;
    private final IdEmbedding offset;
    private final IdEmbedding response;
    private final IdEmbedding responseVariation;
    private final AktLayer knowledgeEncoder;
    private final AktLayer questionEncoder;
    private final AktLayer retriever;
    private final Linear hidden1;
    private final Linear hidden2;
    private final Linear logit;
    /** The recall weights (input: the four indicators of {@link #recallFeatures}), or null. */
    private final Linear recall;

    public Akt(AktConfig config) {
        super(VERSION);
        this.config = config;
        int d = config.model();
        // The vector tables start N(0, 1), as PyTorch's nn.Embedding in AKT, not at the engine's default for weights
        // (N(0, 2/width): at width 256 vectors a tenth as long, which the output network reads beside the retriever).
        skill = addChildBlock("skill", new IdEmbedding(config.skills() + 1, d, new NormalInitializer(1f)));
        skillVariation = addChildBlock("skill_variation", new IdEmbedding(config.skills() + 1, d, new NormalInitializer(1f)));
        difficulty = addChildBlock("difficulty", new IdEmbedding(config.questions() + 1, 1));
        // Every question starts at average difficulty, as in AKT.
        difficulty.setInitializer(Initializer.ZEROS, Parameter.Type.WEIGHT);
        offset = addChildBlock("question_offset", new IdEmbedding(config.questions() + 1, 1));
        offset.setInitializer(Initializer.ZEROS, Parameter.Type.WEIGHT);
        response = addChildBlock("response", new IdEmbedding(2, d, new NormalInitializer(1f)));
        // one variation vector per (skill, response), as AKT's qa_embed_diff
        responseVariation = addChildBlock("response_variation",
                new IdEmbedding(2 * (config.skills() + 1), d, new NormalInitializer(1f)));
        knowledgeEncoder = addChildBlock("knowledge_encoder",
                new AktLayer(d, config.heads(), config.feedForward(), config.dropout(), false));
        questionEncoder = addChildBlock("question_encoder", new AktLayer(d, config.heads(), 0, config.dropout(), false));
        retriever = addChildBlock("retriever",
                new AktLayer(d, config.heads(), config.feedForward(), config.dropout(), config.questionMatch()));
        hidden1 = addChildBlock("hidden1", Linear.builder().setUnits(config.finalHidden()).build());
        hidden2 = addChildBlock("hidden2", Linear.builder().setUnits(config.finalHidden() / 2).build());
        logit = addChildBlock("logit", Linear.builder().setUnits(1).build());
        if (config.recall()) {
            recall = addChildBlock("recall", Linear.builder().setUnits(1).optBias(false).build());
            // no earlier attempt counts for anything until training says so
            recall.setInitializer(Initializer.ZEROS, Parameter.Type.WEIGHT);
        } else {
            recall = null;
        }
    }

    public AktConfig config() {
        return config;
    }

    @Override
    public String type() {
        return KtNetworks.AKT;
    }

    @Override
    public int skills() {
        return config.skills();
    }

    @Override
    public int questions() {
        return config.questions();
    }

    @Override
    public Map<String, Object> hyperparameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("skills", config.skills());
        p.put("questions", config.questions());
        p.put("model", config.model());
        p.put("heads", config.heads());
        p.put("feedForward", config.feedForward());
        p.put("finalHidden", config.finalHidden());
        p.put("dropout", (double) config.dropout());
        p.put("span", config.span());
        p.put("difficultyL2", (double) config.difficultyL2());
        p.put("questionMatch", config.questionMatch() ? 1 : 0);
        p.put("questionRecall", config.recall() ? 1 : 0);
        p.put("fuse", config.fuse() ? 1 : 0);
        return p;
    }

    // ------------------------------------------------------------------ full sequences

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray skills = inputs.get(KtBatch.SKILLS);
        NDArray questions = inputs.get(KtBatch.QUESTIONS);
        long b = skills.getShape().get(0);
        int t = Math.toIntExact(skills.getShape().get(1));
        NDManager m = skills.getManager();
        NDArray c = embed(store, skill, skills, training);
        NDArray variation = embed(store, skillVariation, skills, training);
        NDArray mu = question(store, difficulty, questions, training);
        NDArray x = c.add(mu.mul(variation));
        NDArray r = inputs.get(KtBatch.RESPONSES);
        NDArray y = c.add(embed(store, response, r, training))
                .add(mu.mul(variation.add(embed(store, responseVariation, interactions(skills, r), training))));

        NDArray position = m.arange(0, t, 1, DataType.INT64);
        NDArray gap = position.reshape(t, 1).sub(position.reshape(1, t));
        NDArray distance = gap.abs().toType(DataType.FLOAT32, false).reshape(1, 1, t, t);
        NDArray ownAndEarlier = gap.gte(0);
        NDArray withinSpan = config.span() > 0 ? gap.lte(config.span()) : null;
        if (withinSpan != null) {
            ownAndEarlier = ownAndEarlier.logicalAnd(withinSpan);
        }
        AttentionMask encoders = AttentionMask.of(ownAndEarlier.toType(DataType.FLOAT32, false).reshape(1, 1, t, t),
                distance, true);
        NDArray sameQuestion = null;
        NDArray same = null;
        if (config.questionMatch() || config.recall()) {
            NDArray known = questions.gt(0).reshape(b, 1, t);
            same = questions.reshape(b, 1, t).eq(questions.reshape(b, t, 1)).logicalAnd(known).reshape(b, 1, t, t);
            sameQuestion = config.questionMatch() ? same.toType(DataType.FLOAT32, false) : null;
        }

        NDArray knowledge = knowledgeEncoder.apply(store, y, y, y, encoders, training);
        NDArray encoded = questionEncoder.apply(store, x, x, x, encoders, training);
        NDArray offsets = question(store, offset, questions, training);
        // the encoders see by position, the same under every protocol; the retriever's mask is the protocol's
        NDList perProtocol = new NDList();
        for (int p = 0; p < KtBatch.protocols(inputs); p++) {
            NDArray steps = KtBatch.steps(inputs, p);
            NDArray earlierSteps = steps.reshape(b, 1, t).lt(steps.reshape(b, t, 1)).reshape(b, 1, t, t);
            if (withinSpan != null) {
                earlierSteps = earlierSteps.logicalAnd(withinSpan.reshape(1, 1, t, t));
            }
            AttentionMask history = AttentionMask.of(earlierSteps.toType(DataType.FLOAT32, false), distance, false);
            if (sameQuestion != null) {
                history = history.withSameQuestion(sameQuestion);
            }
            NDArray retrieved = retriever.apply(store, encoded, encoded, knowledge, history, training);
            NDArray logits = output(store, retrieved, x, training).add(offsets).reshape(b, t);
            if (recall != null) {
                logits = logits.add(recallLogit(store, recallFeatures(earlierSteps.logicalAnd(same), r, position),
                        training).reshape(b, t));
            }
            perProtocol.add(config.fuse() ? fuse(logits, steps) : logits);
        }
        return new NDList(perProtocol.size() == 1 ? perProtocol.head() : NDArrays.concat(perProtocol, 1));
    }

    /**
     * Each row's logit replaced by the mean over the rows of its step ({@code [B, T]}): rows predicted together share
     * one prediction. Padding rows share a step of their own, so they never mix with real rows.
     */
    static NDArray fuse(NDArray logits, NDArray steps) {
        long b = logits.getShape().get(0);
        long t = logits.getShape().get(1);
        NDArray together = steps.reshape(b, t, 1).eq(steps.reshape(b, 1, t)).toType(DataType.FLOAT32, false);
        return together.matMul(logits.reshape(b, t, 1)).reshape(b, t).div(together.sum(new int[] {2}));
    }

    /** The recall term's logit for {@code [.., 4]} indicators: {@code [.., 1]}. */
    private NDArray recallLogit(ParameterStore store, NDArray features, boolean training) {
        return recall.forward(store, new NDList(features), training).head().mul(RECALL_SCALE);
    }

    /**
     * Per row, {@code [B, T, 4]}: whether the latest visible earlier row of the same question (from
     * {@code candidates} {@code [B, 1, T, T]}, query by key) is the row just before and answered right, the row just
     * before and answered wrong, further back and right, further back and wrong; all 0 when there is none.
     */
    private static NDArray recallFeatures(NDArray candidates, NDArray responses, NDArray position) {
        long b = candidates.getShape().get(0);
        long t = candidates.getShape().get(3);
        NDArray keyRank = position.add(1).toType(DataType.FLOAT32, false).reshape(1, 1, 1, t);
        NDArray ranked = candidates.toType(DataType.FLOAT32, false).mul(keyRank);
        NDArray latest = ranked.max(new int[] {3}, true);
        NDArray chosen = ranked.eq(latest).logicalAnd(candidates).toType(DataType.FLOAT32, false);
        NDArray right = chosen.mul(responses.toType(DataType.FLOAT32, false).reshape(b, 1, 1, t))
                .sum(new int[] {3}).reshape(b, t);
        NDArray rank = latest.reshape(b, t);
        NDArray has = rank.gt(0).toType(DataType.FLOAT32, false);
        // the latest key's rank is its position + 1: it is the row just before when that equals the row's position
        NDArray adjacent = rank.eq(position.toType(DataType.FLOAT32, false).reshape(1, t)).toType(DataType.FLOAT32, false)
                .mul(has);
        NDArray further = has.sub(adjacent);
        NDArray wrong = has.sub(right);
        return NDArrays.stack(new NDList(adjacent.mul(right), adjacent.mul(wrong), further.mul(right), further.mul(wrong)), 2);
    }

    @Override
    public List<Parameter> sparseParameters() {
        return List.of(only(difficulty), only(offset));
    }

    private static Parameter only(IdEmbedding table) {
        return table.getParameters().get(0).getValue();
    }

    @Override
    public NDArray penalty(ParameterStore store, NDList inputs, boolean training) {
        if (config.difficultyL2() == 0) {
            return null;
        }
        NDArray questions = inputs.get(KtBatch.QUESTIONS);
        NDArray known = questions.gt(0).toType(DataType.FLOAT32, false);
        NDArray squares = question(store, difficulty, questions, training).square()
                .add(question(store, offset, questions, training).square()).reshape(questions.getShape());
        return squares.mul(known).sum().div(known.sum().maximum(1f)).mul(config.difficultyL2());
    }

    // ------------------------------------------------------------------ online

    @Override
    public KtState start() {
        return new AktState(0, 0, new int[0], new int[0], new float[0], new float[0], new float[0], new float[0], new float[0],
                new float[0]);
    }

    @Override
    public float[] predict(ParameterStore store, NDManager scratch, KtState state, int question, int[] skills) {
        AktState s = (AktState) state;
        int[] positions = consecutive(s.rows(), skills.length);
        NDArray x = questionEmbedding(store, scratch, question, skills);
        NDArray encoded = encodeNew(store, questionEncoder, x, s.questionKeys(), s.questionValues(), s, positions, false).out();
        NDArray logits = output(store, retrieve(store, encoded, s, positions, known(question)), x, false)
                .add(question(store, offset, rowsOf(scratch, question, skills.length), false));
        if (recall != null) {
            logits = logits.add(recallLogit(store, recallFeatures(scratch, s, positions, known(question)), false));
        }
        if (config.fuse()) {
            logits = logits.mean().broadcast(logits.getShape());
        }
        return Activation.sigmoid(logits).toFloatArray();
    }

    @Override
    public KtState observe(ParameterStore store, NDManager scratch, KtState state, int question, int[] skills,
            boolean correct) {
        AktState s = (AktState) state;
        int m = skills.length;
        int[] positions = consecutive(s.rows(), m);
        NDArray x = questionEmbedding(store, scratch, question, skills);
        NDArray y = interactionEmbedding(store, scratch, question, skills, correct);
        Encoded q = encodeNew(store, questionEncoder, x, s.questionKeys(), s.questionValues(), s, positions, false);
        Encoded k = encodeNew(store, knowledgeEncoder, y, s.knowledgeKeys(), s.knowledgeValues(), s, positions, false);
        NDArray rk = retriever.attention().keys(store, q.out(), false);
        NDArray rv = retriever.attention().values(store, k.out(), false);
        int d = config.model();
        int keep = config.span() > 0 ? Math.min(s.cached() + m, config.span()) : s.cached() + m;
        int[] questions = Arrays.copyOf(s.questions(), s.cached() + m);
        Arrays.fill(questions, s.cached(), questions.length, known(question));
        int[] responses = Arrays.copyOf(s.responses(), s.cached() + m);
        Arrays.fill(responses, s.cached(), responses.length, correct ? 1 : 0);
        return new AktState(s.rows() + m, keep, Arrays.copyOfRange(questions, questions.length - keep, questions.length),
                Arrays.copyOfRange(responses, responses.length - keep, responses.length),
                append(s.questionKeys(), q.keys(), keep, d), append(s.questionValues(), q.values(), keep, d),
                append(s.knowledgeKeys(), k.keys(), keep, d), append(s.knowledgeValues(), k.values(), keep, d),
                append(s.retrieverKeys(), rk, keep, d), append(s.retrieverValues(), rv, keep, d));
    }

    @Override
    public float[] mastery(ParameterStore store, NDManager scratch, KtState state) {
        AktState s = (AktState) state;
        int[] skills = new int[config.skills()];
        int[] positions = new int[skills.length];
        for (int i = 0; i < skills.length; i++) {
            skills[i] = i + 1;
            positions[i] = s.rows();
        }
        // Each skill is asked on its own, as the next row after the history, with a question of average difficulty.
        NDArray x = questionEmbedding(store, scratch, 0, skills);
        NDArray encoded = encodeNew(store, questionEncoder, x, s.questionKeys(), s.questionValues(), s, positions, true).out();
        return Activation.sigmoid(output(store, retrieve(store, encoded, s, positions, 0), x, false)).toFloatArray();
    }

    /** A layer's output for new rows, and their key and value projections (to cache). */
    private record Encoded(NDArray out, NDArray keys, NDArray values) {
    }

    /**
     * Encodes new rows {@code [1, m, d]} at {@code positions} with one encoder layer: each sees the cached rows
     * within the span and, among the new rows, the earlier ones and itself (or only itself when
     * {@code independent}: alternatives asked at the same position).
     */
    private Encoded encodeNew(ParameterStore store, AktLayer layer, NDArray rows, float[] cachedKeys,
            float[] cachedValues, AktState s, int[] positions, boolean independent) {
        NDManager m = rows.getManager();
        int n = s.cached();
        int count = positions.length;
        int d = config.model();
        NDArray keys = layer.attention().keys(store, rows, false);
        NDArray values = layer.attention().values(store, rows, false);
        NDArray allKeys = n == 0 ? keys : NDArrays.concat(new NDList(m.create(cachedKeys, new Shape(1, n, d)), keys), 1);
        NDArray allValues = n == 0 ? values
                : NDArrays.concat(new NDList(m.create(cachedValues, new Shape(1, n, d)), values), 1);
        float[] visible = new float[count * (n + count)];
        float[] distance = new float[visible.length];
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < n + count; j++) {
                int keyPosition = j < n ? s.rows() - n + j : positions[j - n];
                int gap = positions[i] - keyPosition;
                boolean seen = j < n || (independent ? j - n == i : j - n <= i);
                visible[i * (n + count) + j] = seen && inSpan(gap) ? 1f : 0f;
                distance[i * (n + count) + j] = Math.abs(gap);
            }
        }
        Shape shape = new Shape(1, 1, count, n + count);
        AttentionMask mask = AttentionMask.of(m.create(visible, shape), m.create(distance, shape), true);
        NDArray attended = layer.attention().attend(store, keys, allKeys, allValues, mask, false);
        return new Encoded(layer.finish(store, rows, attended, false), keys, values);
    }

    /**
     * The retriever's output for encoded new rows of {@code question} (0: unknown): they see every cached row
     * within the span.
     */
    private NDArray retrieve(ParameterStore store, NDArray encoded, AktState s, int[] positions, int question) {
        NDManager m = encoded.getManager();
        int n = s.cached();
        int count = positions.length;
        int d = config.model();
        float[] visible = new float[count * n];
        float[] distance = new float[visible.length];
        float[] same = new float[visible.length];
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < n; j++) {
                int gap = positions[i] - (s.rows() - n + j);
                visible[i * n + j] = inSpan(gap) ? 1f : 0f;
                distance[i * n + j] = gap;
                same[i * n + j] = question > 0 && s.questions()[j] == question ? 1f : 0f;
            }
        }
        Shape shape = new Shape(1, 1, count, n);
        NDArray q = retriever.attention().keys(store, encoded, false);
        NDArray attended = n == 0
                ? retriever.attention().attend(store, q, m.zeros(new Shape(1, 0, d)), null, null, false)
                : retriever.attention().attend(store, q, m.create(s.retrieverKeys(), new Shape(1, n, d)),
                        m.create(s.retrieverValues(), new Shape(1, n, d)),
                        mask(m.create(visible, shape), m.create(distance, shape), m.create(same, shape)), false);
        return retriever.finish(store, encoded, attended, false);
    }

    /**
     * {@link #recallFeatures(NDArray, NDArray, NDArray)} for new rows of {@code question} (0: unknown, never matched)
     * at {@code positions}, {@code [1, count, 4]}: the cached rows are what they may see.
     */
    private NDArray recallFeatures(NDManager m, AktState s, int[] positions, int question) {
        int n = s.cached();
        float[] features = new float[positions.length * 4];
        for (int i = 0; i < positions.length && question > 0; i++) {
            for (int j = n - 1; j >= 0; j--) {
                int gap = positions[i] - (s.rows() - n + j);
                if (!inSpan(gap)) {
                    break;
                }
                if (s.questions()[j] == question) {
                    features[i * 4 + (gap == 1 ? 0 : 2) + (s.responses()[j] == 1 ? 0 : 1)] = 1f;
                    break;
                }
            }
        }
        return m.create(features, new Shape(1, positions.length, 4));
    }

    private AttentionMask mask(NDArray visible, NDArray distance, NDArray same) {
        AttentionMask mask = AttentionMask.of(visible, distance, false);
        return config.questionMatch() ? mask.withSameQuestion(same) : mask;
    }

    private int known(int question) {
        return question >= 1 && question <= config.questions() ? question : 0;
    }

    /** {@code count} rows of one question, {@code [1, count]}. */
    private NDArray rowsOf(NDManager m, int question, int count) {
        long[] ids = new long[count];
        Arrays.fill(ids, known(question));
        return m.create(ids, new Shape(1, count));
    }

    /** A question parameter, {@code [B, T, 1]}. */
    private NDArray question(ParameterStore store, IdEmbedding table, NDArray questions, boolean training) {
        return embed(store, table, questions, training);
    }

    private boolean inSpan(int gap) {
        return config.span() == 0 || gap <= config.span();
    }

    private NDArray questionEmbedding(ParameterStore store, NDManager m, int question, int[] skills) {
        NDArray[] parts = parts(store, m, question, skills);
        return parts[0].add(parts[2].mul(parts[1]));
    }

    private NDArray interactionEmbedding(ParameterStore store, NDManager m, int question, int[] skills, boolean correct) {
        NDArray[] parts = parts(store, m, question, skills);
        NDArray r = m.full(new Shape(1, skills.length), correct ? 1 : 0, DataType.INT64);
        return parts[0].add(embed(store, response, r, false))
                .add(parts[2].mul(parts[1].add(embed(store, responseVariation, interactions(parts[3], r), false))));
    }

    /** Skill embedding, skill variation, difficulty and skill ids of new rows, each {@code [1, m, ·]}. */
    private NDArray[] parts(ParameterStore store, NDManager m, int question, int[] skills) {
        long[] s = new long[skills.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = skills[i] >= 1 && skills[i] <= config.skills() ? skills[i] : 0;
        }
        NDArray sk = m.create(s, new Shape(1, s.length));
        return new NDArray[] {embed(store, skill, sk, false), embed(store, skillVariation, sk, false),
            question(store, difficulty, rowsOf(m, question, skills.length), false), sk};
    }

    /** The (skill, response) ids of the response variation table. */
    private NDArray interactions(NDArray skills, NDArray responses) {
        return skills.add(responses.mul(config.skills() + 1));
    }

    private NDArray output(ParameterStore store, NDArray retrieved, NDArray x, boolean training) {
        NDArray z = NDArrays.concat(new NDList(retrieved, x), -1);
        z = drop(Activation.relu(hidden1.forward(store, new NDList(z), training).head()), training);
        z = drop(Activation.relu(hidden2.forward(store, new NDList(z), training).head()), training);
        return logit.forward(store, new NDList(z), training).head();
    }

    private NDArray drop(NDArray x, boolean training) {
        return training && config.dropout() > 0 ? Dropout.dropout(x, config.dropout(), true).head() : x;
    }

    private static NDArray embed(ParameterStore store, IdEmbedding table, NDArray ids, boolean training) {
        return table.forward(store, new NDList(ids), training).head();
    }

    private static int[] consecutive(int from, int count) {
        int[] positions = new int[count];
        for (int i = 0; i < count; i++) {
            positions[i] = from + i;
        }
        return positions;
    }

    /** The latest {@code keep} rows of the cached rows followed by the new ones, flattened. */
    private static float[] append(float[] cached, NDArray fresh, int keep, int d) {
        float[] added = fresh.toFloatArray();
        float[] all = Arrays.copyOf(cached, cached.length + added.length);
        System.arraycopy(added, 0, all, cached.length, added.length);
        return Arrays.copyOfRange(all, all.length - keep * d, all.length);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape rows = inputShapes[0];
        for (IdEmbedding table : new IdEmbedding[] {skill, skillVariation, difficulty, offset, response, responseVariation}) {
            table.initialize(manager, dataType, rows);
        }
        Shape x = new Shape(1, config.model());
        for (AktLayer layer : new AktLayer[] {knowledgeEncoder, questionEncoder, retriever}) {
            layer.initialize(manager, dataType, x);
        }
        hidden1.initialize(manager, dataType, new Shape(1, 2L * config.model()));
        hidden2.initialize(manager, dataType, new Shape(1, config.finalHidden()));
        logit.initialize(manager, dataType, new Shape(1, config.finalHidden() / 2));
        if (recall != null) {
            recall.initialize(manager, dataType, new Shape(1, 4));
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }
}
