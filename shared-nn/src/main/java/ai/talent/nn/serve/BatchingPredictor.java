package ai.talent.nn.serve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A thread-safe front for a model that prefers batches: callers submit single items into a bounded
 * queue, one worker thread groups them into micro-batches (up to a size, or after a short delay),
 * runs the {@link BatchFunction} and completes each caller's future. A full queue refuses at once
 * with {@link OverloadedException} rather than letting callers wait without bound.
 */
public final class BatchingPredictor<I, O> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BatchingPredictor.class);
    /** How often an idle worker wakes to notice shutdown. */
    private static final long IDLE_POLL_MS = 50;
    private static final long CLOSE_WAIT_MS = 10_000;
    /** Weight of the newest batch in the running mean of batch time used for retry-after hints. */
    private static final double EWMA_WEIGHT = 0.2;

    private final String name;
    private final BatchFunction<I, O> function;
    private final BatchingConfig config;
    private final BlockingQueue<Pending<I, O>> queue;
    private final Thread worker;
    private final ScheduledExecutorService timer;
    private final ReadWriteLock closing = new ReentrantReadWriteLock();
    private volatile boolean closed;
    private volatile double batchNanosEwma;

    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong itemsInBatches = new AtomicLong();
    private final AtomicInteger largestBatch = new AtomicInteger();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong timedOut = new AtomicLong();
    private final AtomicLong failedBatches = new AtomicLong();
    private final AtomicLong busyNanos = new AtomicLong();

    private record Pending<I, O>(I input, CompletableFuture<O> future) {
    }

    public BatchingPredictor(String name, BatchFunction<I, O> function, BatchingConfig config) {
        this.name = name;
        this.function = function;
        this.config = config;
        this.queue = new ArrayBlockingQueue<>(config.queueCapacity());
        ScheduledThreadPoolExecutor timeouts = new ScheduledThreadPoolExecutor(1, r -> daemon(r, name + "-timeouts"));
        // answered requests drop their timeout task at once instead of holding it until it would have fired
        timeouts.setRemoveOnCancelPolicy(true);
        this.timer = timeouts;
        this.worker = daemon(this::runWorker, name + "-batcher");
        worker.start();
    }

    /**
     * Queues one item. The future completes with the model's output, or exceptionally with the
     * batch function's exception, a {@link RequestTimeoutException} or a {@link PredictorClosedException}.
     *
     * @throws OverloadedException when the queue is full
     * @throws PredictorClosedException after {@link #close()}
     */
    public CompletableFuture<O> submit(I input) {
        CompletableFuture<O> future = new CompletableFuture<>();
        closing.readLock().lock();
        try {
            if (closed) {
                throw new PredictorClosedException(name);
            }
            if (!queue.offer(new Pending<>(input, future))) {
                rejected.incrementAndGet();
                throw new OverloadedException(config.queueCapacity(), retryAfter());
            }
            requests.incrementAndGet();
        } finally {
            closing.readLock().unlock();
        }
        Duration timeout = config.requestTimeout();
        ScheduledFuture<?> timeoutTask = timer.schedule(() -> {
            // counted before completing, so a caller who sees the timeout also sees it counted
            timedOut.incrementAndGet();
            if (!future.completeExceptionally(new RequestTimeoutException(timeout))) {
                timedOut.decrementAndGet();
            }
        }, timeout.toNanos(), TimeUnit.NANOSECONDS);
        future.whenComplete((o, e) -> timeoutTask.cancel(false));
        return future;
    }

    /** Submits and waits; a failure is rethrown as the exception the future failed with. */
    public O predict(I input) throws Exception {
        try {
            return submit(input).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    public boolean isClosed() {
        return closed;
    }

    public BatchingStats stats() {
        return new BatchingStats(requests.get(), batches.get(), itemsInBatches.get(), largestBatch.get(),
                rejected.get(), timedOut.get(), failedBatches.get(), busyNanos.get());
    }

    /** An estimate of how long the current queue takes to drain, never below the configured minimum. */
    Duration retryAfter() {
        double batchesAhead = Math.ceil((double) queue.size() / config.maxBatchSize());
        long estimate = (long) (batchesAhead * batchNanosEwma);
        return Duration.ofNanos(Math.max(estimate, config.minRetryAfter().toNanos()));
    }

    /**
     * Stops accepting requests, lets the batch in flight finish, and fails every request still
     * queued with {@link PredictorClosedException}.
     */
    @Override
    public void close() {
        closing.writeLock().lock();
        try {
            closed = true;
        } finally {
            closing.writeLock().unlock();
        }
        try {
            worker.join(CLOSE_WAIT_MS);
            if (worker.isAlive()) {
                LOG.warn("predictor '{}': batch function still running after {} ms at shutdown; interrupting",
                        name, CLOSE_WAIT_MS);
                worker.interrupt();
                worker.join(CLOSE_WAIT_MS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        failQueued();
        timer.shutdownNow();
    }

    private void runWorker() {
        try {
            function.onWorkerStart();
        } catch (RuntimeException e) {
            LOG.warn("predictor '{}': worker start hook failed, continuing: {}", name, e.toString());
        }
        List<Pending<I, O>> batch = new ArrayList<>(config.maxBatchSize());
        while (!closed) {
            try {
                Pending<I, O> first = queue.poll(IDLE_POLL_MS, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                long deadline = System.nanoTime() + config.maxDelay().toNanos();
                while (batch.size() < config.maxBatchSize()) {
                    long left = deadline - System.nanoTime();
                    Pending<I, O> next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : queue.poll();
                    if (next == null) {
                        break;
                    }
                    batch.add(next);
                }
                run(batch);
            } catch (InterruptedException e) {
                failAll(batch, new PredictorClosedException(name));
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
        failQueued();
    }

    private void run(List<Pending<I, O>> batch) {
        // requests that timed out while queued are not worth model time
        batch.removeIf(p -> p.future().isDone());
        if (batch.isEmpty()) {
            return;
        }
        List<I> inputs = new ArrayList<>(batch.size());
        batch.forEach(p -> inputs.add(p.input()));
        long start = System.nanoTime();
        List<O> outputs = null;
        Throwable failure = null;
        try {
            outputs = function.apply(inputs);
            if (outputs == null || outputs.size() != inputs.size()) {
                throw new IllegalStateException("batch function of '" + name + "' returned "
                        + (outputs == null ? "null" : outputs.size() + " outputs") + " for " + inputs.size()
                        + " inputs");
            }
        } catch (Exception | Error e) {
            failure = e;
        }
        // counters first, so a caller who sees its answer also sees the batch counted
        long took = System.nanoTime() - start;
        busyNanos.addAndGet(took);
        batchNanosEwma = batchNanosEwma == 0 ? took : (1 - EWMA_WEIGHT) * batchNanosEwma + EWMA_WEIGHT * took;
        batches.incrementAndGet();
        itemsInBatches.addAndGet(inputs.size());
        largestBatch.accumulateAndGet(inputs.size(), Math::max);
        if (failure != null) {
            failedBatches.incrementAndGet();
            LOG.warn("predictor '{}': batch of {} failed: {}", name, inputs.size(), failure.toString());
            // the worker lives on: one bad batch must not take the model offline for everyone
            failAll(batch, failure);
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).future().complete(outputs.get(i));
        }
    }

    private void failQueued() {
        List<Pending<I, O>> left = new ArrayList<>();
        queue.drainTo(left);
        failAll(left, new PredictorClosedException(name));
    }

    private void failAll(List<Pending<I, O>> batch, Throwable error) {
        batch.forEach(p -> p.future().completeExceptionally(error));
    }

    private static Thread daemon(Runnable r, String threadName) {
        Thread t = new Thread(r, threadName);
        t.setDaemon(true);
        return t;
    }
}
