package ai.talent.nn.kt;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import ai.talent.nn.eval.LogisticRegression;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Networks trained apart and predicting together: each row's logit is the mean of the members' logits, and so is
 * each skill's mastery (in logit space). Members are trained one by one, each with its own training setup (DKT's
 * and AKT's windows differ), then joined; the ensemble itself is never trained as one block. On ASSISTments 2009 a
 * DKT and an attention model err differently enough that their mean ranks answers better than either.
 */
public final class KtEnsemble extends AbstractBlock implements KtNetwork {

    public static final String TYPE = "ensemble";
    private static final byte VERSION = 1;

    private final List<KtNetwork> members;

    public KtEnsemble(List<KtNetwork> members) {
        super(VERSION);
        if (members.size() < 2) {
            throw new IllegalArgumentException("an ensemble needs at least two members, got " + members.size());
        }
        int skills = members.get(0).skills();
        int questions = members.stream().mapToInt(KtNetwork::questions).max().orElse(0);
        for (KtNetwork m : members) {
            if (m.questions() != 0 && m.questions() != questions) {
                throw new IllegalArgumentException("ensemble members with question parameters must agree on their number: "
                        + questions + " and " + m.questions());
            }
            if (m.skills() != skills) {
                throw new IllegalArgumentException("ensemble members disagree on the number of skills: " + skills + " and "
                        + m.skills());
            }
            if (m instanceof KtEnsemble) {
                throw new IllegalArgumentException("an ensemble member cannot be an ensemble");
            }
        }
        this.members = List.copyOf(members);
        for (int i = 0; i < members.size(); i++) {
            addChildBlock("m" + i, members.get(i));
        }
    }

    public List<KtNetwork> members() {
        return members;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int skills() {
        return members.get(0).skills();
    }

    @Override
    public int questions() {
        return members.stream().mapToInt(KtNetwork::questions).max().orElse(0);
    }

    /** {@code members}, then per member {@code m<i>.type} (1 DKT, 2 AKT) and its own keys under {@code m<i>.}. */
    @Override
    public Map<String, Object> hyperparameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("members", members.size());
        for (int i = 0; i < members.size(); i++) {
            KtNetwork m = members.get(i);
            p.put("m" + i + ".type", KtNetworks.typeCode(m.type()));
            for (Map.Entry<String, Object> e : m.hyperparameters().entrySet()) {
                p.put("m" + i + "." + e.getKey(), e.getValue());
            }
        }
        return p;
    }

    /** The members a {@link #hyperparameters()} map describes, uninitialised. */
    static KtEnsemble create(Map<String, Object> p) {
        int n = ((Number) p.getOrDefault("members", 0)).intValue();
        List<KtNetwork> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String prefix = "m" + i + ".";
            Map<String, Object> own = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : p.entrySet()) {
                if (e.getKey().startsWith(prefix)) {
                    own.put(e.getKey().substring(prefix.length()), e.getValue());
                }
            }
            Object code = own.remove("type");
            if (!(code instanceof Number c)) {
                throw new ai.talent.nn.registry.IncompatibleModelException("ensemble member " + i + " has no type");
            }
            members.add(KtNetworks.create(KtNetworks.typeOf(c.intValue()), own));
        }
        return new KtEnsemble(members);
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDList logits = new NDList();
        for (KtNetwork m : members) {
            logits.add(m.forward(store, inputs, training, params).head());
        }
        return new NDList(NDArrays.stack(logits).mean(new int[] {0}));
    }

    @Override
    public List<Parameter> sparseParameters() {
        List<Parameter> all = new ArrayList<>();
        for (KtNetwork m : members) {
            all.addAll(m.sparseParameters());
        }
        return all;
    }

    @Override
    public NDArray penalty(ParameterStore store, NDList inputs, boolean training) {
        NDArray sum = null;
        for (KtNetwork m : members) {
            NDArray p = m.penalty(store, inputs, training);
            if (p != null) {
                sum = sum == null ? p : sum.add(p);
            }
        }
        return sum;
    }

    @Override
    public KtState start() {
        return new EnsembleState(members.stream().map(KtNetwork::start).toList());
    }

    @Override
    public float[] predict(ParameterStore store, NDManager scratch, KtState state, int question, int[] skills) {
        List<KtState> states = ((EnsembleState) state).members();
        List<float[]> each = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            each.add(members.get(i).predict(store, scratch, states.get(i), question, skills));
        }
        return meanInLogits(each);
    }

    @Override
    public KtState observe(ParameterStore store, NDManager scratch, KtState state, int question, int[] skills,
            boolean correct) {
        List<KtState> states = ((EnsembleState) state).members();
        List<KtState> next = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            next.add(members.get(i).observe(store, scratch, states.get(i), question, skills, correct));
        }
        return new EnsembleState(next);
    }

    @Override
    public float[] mastery(ParameterStore store, NDManager scratch, KtState state) {
        List<KtState> states = ((EnsembleState) state).members();
        List<float[]> each = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            each.add(members.get(i).mastery(store, scratch, states.get(i)));
        }
        return meanInLogits(each);
    }

    /** Per entry, the sigmoid of the mean of the members' logits. */
    static float[] meanInLogits(List<float[]> probabilities) {
        float[] out = new float[probabilities.get(0).length];
        for (int j = 0; j < out.length; j++) {
            double logit = 0;
            for (float[] p : probabilities) {
                logit += KtScores.logit(p[j]);
            }
            out[j] = (float) LogisticRegression.sigmoid(logit / probabilities.size());
        }
        return out;
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        for (KtNetwork m : members) {
            m.initialize(manager, dataType, inputShapes);
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return members.get(0).getOutputShapes(inputShapes);
    }
}
