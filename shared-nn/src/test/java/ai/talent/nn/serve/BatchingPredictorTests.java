package ai.talent.nn.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BatchingPredictorTests {

    private static final BatchingConfig CONFIG = BatchingConfig.defaults().withMaxBatchSize(16)
            .withMaxDelay(Duration.ofMillis(5)).withQueueCapacity(256).withRequestTimeout(Duration.ofSeconds(10));

    @Test
    void concurrentCallersShareBatchesAndGetTheirOwnAnswers() throws Exception {
        AtomicReference<Thread> callingThread = new AtomicReference<>();
        AtomicInteger otherThreadCalls = new AtomicInteger();
        BatchFunction<Integer, Integer> doubler = inputs -> {
            if (!callingThread.compareAndSet(null, Thread.currentThread()) && callingThread.get() != Thread.currentThread()) {
                otherThreadCalls.incrementAndGet();
            }
            Thread.sleep(10);
            return inputs.stream().map(x -> 2 * x).toList();
        };
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try (BatchingPredictor<Integer, Integer> predictor = new BatchingPredictor<>("doubler", doubler, CONFIG)) {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                final int caller = c;
                results.add(callers.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        int x = caller * 1000 + i;
                        if (predictor.predict(x) != 2 * x) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get(30, TimeUnit.SECONDS)).isTrue();
            }
            BatchingStats stats = predictor.stats();
            assertThat(stats.requests()).isEqualTo(160);
            assertThat(stats.itemsInBatches()).isEqualTo(160);
            assertThat(stats.largestBatch()).isGreaterThan(1);
            assertThat(stats.meanBatchSize()).isGreaterThan(2.0);
            assertThat(otherThreadCalls.get()).isZero();
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void refusesWithRetryHintWhenQueueIsFull() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        BatchFunction<Integer, Integer> blocking = inputs -> {
            started.countDown();
            release.await();
            return inputs;
        };
        BatchingConfig config = CONFIG.withMaxBatchSize(1).withQueueCapacity(2);
        try (BatchingPredictor<Integer, Integer> predictor = new BatchingPredictor<>("full", blocking, config)) {
            CompletableFuture<Integer> inFlight = predictor.submit(1);
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Integer> q1 = predictor.submit(2);
            CompletableFuture<Integer> q2 = predictor.submit(3);
            assertThatThrownBy(() -> predictor.submit(4))
                    .isInstanceOfSatisfying(OverloadedException.class, e -> {
                        assertThat(e.retryAfter()).isGreaterThanOrEqualTo(config.minRetryAfter());
                        assertThat(e.getMessage()).contains("queue is full").contains("retry after");
                    });
            assertThat(predictor.stats().rejected()).isEqualTo(1);
            release.countDown();
            assertThat(inFlight.get(5, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(q1.get(5, TimeUnit.SECONDS)).isEqualTo(2);
            assertThat(q2.get(5, TimeUnit.SECONDS)).isEqualTo(3);
        }
    }

    @Test
    void failsARequestThatIsNotAnsweredInTime() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        BatchFunction<Integer, Integer> stuck = inputs -> {
            release.await();
            return inputs;
        };
        try (BatchingPredictor<Integer, Integer> predictor = new BatchingPredictor<>("slow", stuck,
                CONFIG.withRequestTimeout(Duration.ofMillis(100)))) {
            try {
                long start = System.nanoTime();
                CompletableFuture<Integer> f = predictor.submit(1);
                assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                        .hasCauseInstanceOf(RequestTimeoutException.class).hasMessageContaining("100 ms");
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
                assertThat(predictor.stats().timedOut()).isEqualTo(1);
            } finally {
                release.countDown();
            }
        }
    }

    @Test
    void shutdownFinishesTheBatchInFlightAndFailsQueuedRequests() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        BatchFunction<Integer, Integer> blocking = inputs -> {
            started.countDown();
            release.await();
            return inputs;
        };
        BatchingPredictor<Integer, Integer> predictor = new BatchingPredictor<>("closing", blocking,
                CONFIG.withMaxBatchSize(1));
        CompletableFuture<Integer> inFlight = predictor.submit(1);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Integer> queued = predictor.submit(2);

        Thread closer = new Thread(predictor::close);
        closer.start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!predictor.isClosed() && System.nanoTime() < until) {
            Thread.sleep(1);
        }
        assertThatThrownBy(() -> predictor.submit(3)).isInstanceOf(PredictorClosedException.class)
                .hasMessageContaining("shut down");
        release.countDown();
        closer.join(10_000);

        assertThat(closer.isAlive()).isFalse();
        assertThat(inFlight.get(1, TimeUnit.SECONDS)).isEqualTo(1);
        assertThatThrownBy(() -> queued.get(1, TimeUnit.SECONDS)).hasCauseInstanceOf(PredictorClosedException.class)
                .hasMessageContaining("not processed");
    }

    @Test
    void batchFunctionErrorsReachEveryCallerOfThatBatchAndTheWorkerLivesOn() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        BatchFunction<Integer, Integer> picky = inputs -> {
            if (inputs.contains(0)) {
                started.countDown();
                release.await();
                return inputs;
            }
            if (inputs.stream().anyMatch(x -> x < 0)) {
                throw new IllegalArgumentException("negative input in batch " + inputs);
            }
            return inputs.stream().map(x -> x + 1).toList();
        };
        try (BatchingPredictor<Integer, Integer> predictor = new BatchingPredictor<>("picky", picky,
                CONFIG.withMaxBatchSize(3))) {
            // hold the worker so that the next three requests are queued together and form one batch
            CompletableFuture<Integer> holder = predictor.submit(0);
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            List<CompletableFuture<Integer>> batch = List.of(predictor.submit(1), predictor.submit(-1),
                    predictor.submit(2));
            release.countDown();
            assertThat(holder.get(5, TimeUnit.SECONDS)).isZero();
            for (CompletableFuture<Integer> f : batch) {
                assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS))
                        .hasCauseInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative input");
            }
            assertThat(predictor.predict(5)).isEqualTo(6);
            assertThat(predictor.stats().failedBatches()).isEqualTo(1);
        }
    }

    @Test
    void wrongNumberOfOutputsFailsTheBatchClearly() {
        try (BatchingPredictor<Integer, Integer> predictor = new BatchingPredictor<>("short",
                inputs -> List.of(), CONFIG)) {
            assertThatThrownBy(() -> predictor.predict(1)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("returned 0 outputs for 1 inputs");
        }
    }
}
