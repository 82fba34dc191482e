package ai.talent.nn.serve;

/** Counters of a {@link BatchingPredictor} since it started; busyNanos is the time spent inside the batch function. */
public record BatchingStats(long requests, long batches, long itemsInBatches, int largestBatch, long rejected,
                            long timedOut, long failedBatches, long busyNanos) {

    public double meanBatchSize() {
        return batches == 0 ? 0 : (double) itemsInBatches / batches;
    }
}
