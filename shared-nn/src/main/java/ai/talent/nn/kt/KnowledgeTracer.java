package ai.talent.nn.kt;

import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.registry.ModelLoader;
import ai.talent.nn.registry.PublishedModel;
import java.util.function.Function;

/**
 * A trained {@link KtNetwork} for online use: advance a learner's state by one attempt, predict the next
 * attempt, read per-skill mastery. States are plain arrays, so callers keep them wherever a learner's state
 * lives. Not thread-safe: one tracer per thread (it owns its weights' manager and closes it).
 */
public final class KnowledgeTracer implements AutoCloseable {

    private final KtNetwork network;
    private final NDManager manager;
    private final ParameterStore store;

    /** @param manager owns the network's weights; closed with the tracer */
    public KnowledgeTracer(KtNetwork network, NDManager manager) {
        this.network = network;
        this.manager = manager;
        this.store = new ParameterStore(manager, false);
    }

    /** Loads published versions with their own base manager, for {@code ServingModel}. */
    public static ModelLoader<KnowledgeTracer> loader() {
        return published -> fromRegistry(published);
    }

    /** The tracer of a verified published version. */
    public static KnowledgeTracer fromRegistry(PublishedModel published) {
        NDManager manager = NnEngine.get().newBaseManager();
        try {
            return new KnowledgeTracer(KtNetworks.load(published, manager), manager);
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    public KtNetwork network() {
        return network;
    }

    /** The state of a learner with no history. */
    public KtState start() {
        return network.start();
    }

    /** Probability of a correct answer on each skill row of {@code question}, before answering it. */
    public float[] predict(KtState state, int question, int... skills) {
        return run(scratch -> network.predict(store, scratch, state, question, skills));
    }

    /** The state after answering {@code question} (all its skill rows share the response). */
    public KtState observe(KtState state, int question, int[] skills, boolean correct) {
        return run(scratch -> network.observe(store, scratch, state, question, skills, correct));
    }

    /** Per-skill mastery; index {@code s − 1} holds skill {@code s}. */
    public float[] mastery(KtState state) {
        return run(scratch -> network.mastery(store, scratch, state));
    }

    private <T> T run(Function<NDManager, T> work) {
        NnEngine.configureCurrentThread();
        try (NDManager scratch = manager.newSubManager()) {
            return work.apply(scratch);
        }
    }

    @Override
    public void close() {
        manager.close();
    }
}
