package ai.talent.service.event;

import ai.talent.domain.event.EventDecodingException;
import ai.talent.service.state.StateFailures;
import ai.talent.service.state.StateUnavailableException;
import java.time.Duration;

/**
 * When and how long to wait before running a failed handler again. A failure caused by the event itself (it
 * cannot be decoded, does not belong here, or carries a value the domain refuses) is permanent: the same event
 * fails the same way, so it goes to the dead-letter topic at once. Anything else (a store or broker that did not
 * answer, a timeout) may pass, so it is retried with exponential back-off up to {@code maxAttempts} runs.
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("talent.events.retry.max-attempts must be at least 1, was "
                    + maxAttempts);
        }
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("talent.events.retry delays must satisfy 0 ≤ initial-delay ≤ "
                    + "max-delay, were " + initialDelay + " and " + maxDelay);
        }
    }

    public static RetryPolicy of(EventsConfig.Retry config) {
        return new RetryPolicy(config.maxAttempts(), config.initialDelay(), config.maxDelay());
    }

    /** Whether a failure may pass if the same event is handled again. */
    public static boolean isTransient(Throwable failure) {
        return !(failure instanceof EventDecodingException
                || failure instanceof UnprocessableEventException
                || failure instanceof IllegalArgumentException);
    }

    /**
     * Whether the failure is the service's own store not answering ({@link StateUnavailableException} anywhere in
     * its causes) or the local disk refusing a state write ({@link StateFailures#isDiskFailure}: full, read-only):
     * the event is fine and must not be dead-lettered, so it is retried until the store answers.
     */
    public static boolean isStateUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StateUnavailableException) {
                return true;
            }
        }
        return StateFailures.isDiskFailure(failure);
    }

    /**
     * Whether to run the handler again after {@code attempt} runs ended in {@code failure}: a transient failure up to
     * {@code maxAttempts} runs, an unavailable store without limit (the partition waits, nothing is lost).
     */
    public boolean retries(int attempt, Throwable failure) {
        return isStateUnavailable(failure) || (attempt < maxAttempts && isTransient(failure));
    }

    /** The wait after the {@code attempt}-th failed run: the initial delay, doubled per run, capped. */
    public Duration delayAfter(int attempt) {
        Duration delay = initialDelay;
        for (int i = 1; i < attempt && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
