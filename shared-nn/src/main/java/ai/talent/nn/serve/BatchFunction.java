package ai.talent.nn.serve;

import java.util.List;

/**
 * Runs a model on a batch: one output per input, in the same order. The batching predictor calls
 * it from a single worker thread, so a non-thread-safe DJL {@code Predictor} may sit behind it.
 */
@FunctionalInterface
public interface BatchFunction<I, O> {

    List<O> apply(List<I> inputs) throws Exception;

    /** Called once on the worker thread before its first batch (e.g. to set per-thread engine options). */
    default void onWorkerStart() {
    }
}
