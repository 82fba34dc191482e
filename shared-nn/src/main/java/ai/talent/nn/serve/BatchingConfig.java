package ai.talent.nn.serve;

import java.time.Duration;

/**
 * Settings of a {@link BatchingPredictor}.
 *
 * @param maxBatchSize   a batch is run as soon as it holds this many requests
 * @param maxDelay       ... or when its first request has waited this long
 * @param queueCapacity  requests waiting beyond this are refused with {@link OverloadedException}
 * @param requestTimeout a request not answered within this time fails with {@link RequestTimeoutException}
 * @param minRetryAfter  the smallest retry-after hint given to refused callers
 */
public record BatchingConfig(int maxBatchSize, Duration maxDelay, int queueCapacity, Duration requestTimeout,
                             Duration minRetryAfter) {

    public static final int DEFAULT_MAX_BATCH_SIZE = 32;
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofMillis(5);
    public static final int DEFAULT_QUEUE_CAPACITY = 1024;
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration DEFAULT_MIN_RETRY_AFTER = Duration.ofMillis(100);

    public BatchingConfig {
        if (maxBatchSize < 1) {
            throw new IllegalArgumentException("maxBatchSize must be at least 1, got " + maxBatchSize);
        }
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("queueCapacity must be at least 1, got " + queueCapacity);
        }
        if (maxDelay.isNegative() || requestTimeout.isNegative() || requestTimeout.isZero()
                || minRetryAfter.isNegative()) {
            throw new IllegalArgumentException("maxDelay and minRetryAfter must be >= 0 and requestTimeout > 0; got "
                    + maxDelay + ", " + minRetryAfter + ", " + requestTimeout);
        }
    }

    public static BatchingConfig defaults() {
        return new BatchingConfig(DEFAULT_MAX_BATCH_SIZE, DEFAULT_MAX_DELAY, DEFAULT_QUEUE_CAPACITY,
                DEFAULT_REQUEST_TIMEOUT, DEFAULT_MIN_RETRY_AFTER);
    }

    public BatchingConfig withMaxBatchSize(int value) {
        return new BatchingConfig(value, maxDelay, queueCapacity, requestTimeout, minRetryAfter);
    }

    public BatchingConfig withMaxDelay(Duration value) {
        return new BatchingConfig(maxBatchSize, value, queueCapacity, requestTimeout, minRetryAfter);
    }

    public BatchingConfig withQueueCapacity(int value) {
        return new BatchingConfig(maxBatchSize, maxDelay, value, requestTimeout, minRetryAfter);
    }

    public BatchingConfig withRequestTimeout(Duration value) {
        return new BatchingConfig(maxBatchSize, maxDelay, queueCapacity, value, minRetryAfter);
    }
}
