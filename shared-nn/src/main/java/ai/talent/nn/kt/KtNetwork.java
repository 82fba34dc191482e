package ai.talent.nn.kt;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import java.util.List;
import java.util.Map;

/**
 * A knowledge-tracing network. As a block it maps a {@link KtBatch}'s inputs to one correctness logit per
 * row ({@code [B, T]}), each computed only from the rows its protocol lets it see. For online use it keeps a
 * learner's {@link KtState} and advances it one attempt at a time: predictions from a state built that way
 * equal those of the full forward pass over the same history (the tests check it).
 *
 * <p>The incremental methods create their temporaries in {@code scratch}, which the caller closes; they
 * are not thread-safe with each other (use one {@link KnowledgeTracer} per thread).
 */
public interface KtNetwork extends Block {

    /** The model type stored in the registry ({@code dkt}, {@code akt}). */
    String type();

    /** Number of skills (ids 1..skills). */
    int skills();

    /** Number of questions the network has parameters for (ids 1..questions; 0 when it has none). */
    int questions();

    /** The hyperparameters that rebuild this network's shape ({@link KtNetworks#create}). */
    Map<String, Object> hyperparameters();

    /**
     * Parameters that a batch touches only in a few rows (per-question tables): {@link KtTrainer} updates them with
     * Adagrad instead of Adam.
     */
    default List<Parameter> sparseParameters() {
        return List.of();
    }

    /** A penalty added to the training loss on a batch (e.g. an L2 term on question difficulties), or null. */
    NDArray penalty(ParameterStore store, NDList inputs, boolean training);

    /** The state of a learner with no history. */
    KtState start();

    /**
     * The probability of answering each row of one attempt correctly, before its response is known: the rows
     * of a multi-skill problem are predicted together from {@code state}.
     *
     * @param question the question id (0 when unknown)
     * @param skills the question's skills, one row each
     */
    float[] predict(ParameterStore store, NDManager scratch, KtState state, int question, int[] skills);

    /** The state after one attempt: every skill row of the question, all with the same response. */
    KtState observe(ParameterStore store, NDManager scratch, KtState state, int question, int[] skills, boolean correct);

    /**
     * Per-skill mastery: the probability of answering a question of each skill correctly next, with a
     * question of average difficulty for networks that model difficulty. Index {@code s − 1} holds skill {@code s}.
     */
    float[] mastery(ParameterStore store, NDManager scratch, KtState state);
}
