package ai.talent.nn.kt;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Adam for the dense parameters and Adagrad for the sparse ones (per-question tables), as a single optimiser.
 *
 * <p>Why: a question's row of its table gets a gradient only in the few batches that hold the question. Adam
 * moves every coordinate by about its learning rate whatever the size of the gradient, and its momentum keeps
 * moving a row for some ten steps after each appearance: a question seen by seven learners drifts by dozens of
 * learning rates per epoch on noise (the AKT-style model then fits the training learners and loses validation
 * AUC). Adagrad does not move a coordinate without a gradient and shrinks its steps as evidence accumulates.
 */
final class SparseAwareOptimizer extends Optimizer {

    private static final float EPSILON = 1e-10f;

    private final Optimizer dense;
    private final Set<String> sparseIds;
    private final float sparseRate;
    private final PlateauRate schedule;
    private final Map<String, NDArray> squares = new ConcurrentHashMap<>();

    /**
     * @param sparseIds ids ({@code Parameter.getId()}) of the parameters to update with Adagrad
     * @param sparseRate Adagrad's learning rate, before the schedule's {@link PlateauRate#factor()}
     */
    SparseAwareOptimizer(Optimizer dense, Set<String> sparseIds, float sparseRate, PlateauRate schedule) {
        super(Optimizer.sgd().setLearningRateTracker(Tracker.fixed(sparseRate)));
        this.dense = dense;
        this.sparseIds = Set.copyOf(sparseIds);
        this.sparseRate = sparseRate;
        this.schedule = schedule;
    }

    @Override
    public void update(String parameterId, NDArray weight, NDArray grad) {
        if (!sparseIds.contains(parameterId)) {
            dense.update(parameterId, weight, grad);
            return;
        }
        NDArray sum = squares.computeIfAbsent(parameterId, k -> weight.zerosLike());
        try (NDManager scratch = weight.getManager().newSubManager()) {
            NDArray g = grad.duplicate();
            g.attach(scratch);
            sum.addi(g.square());
            NDArray root = sum.sqrt();
            root.attach(scratch);
            NDArray step = g.div(root.addi(EPSILON)).muli(sparseRate * schedule.factor());
            weight.subi(step);
        }
    }
}
