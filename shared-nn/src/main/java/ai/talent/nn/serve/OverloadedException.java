package ai.talent.nn.serve;

import java.time.Duration;

/** The request queue is full; the caller should retry after the hinted time (an HTTP 429/503 with Retry-After). */
public class OverloadedException extends RuntimeException {

    private final Duration retryAfter;

    public OverloadedException(int queueCapacity, Duration retryAfter) {
        super("model queue is full (" + queueCapacity + " requests waiting); retry after " + retryAfter.toMillis()
                + " ms");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
