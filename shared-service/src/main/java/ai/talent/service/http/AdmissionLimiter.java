package ai.talent.service.http;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Counts requests in flight and keeps a bounded first-come queue of those waiting for a slot. It never blocks
 * a thread: a queued request is a callback that runs when a finishing request hands its slot over, and the
 * caller abandons it when it has waited long enough. Thread-safe; callbacks run outside the lock.
 */
public final class AdmissionLimiter {

    /** What happened to a request that asked to be admitted. */
    public enum Outcome {
        /** It holds a slot now and must {@link #release()} it when done. */
        ADMITTED,
        /** It waits; its callback runs once it holds a slot, unless it is {@link #abandon abandoned} first. */
        QUEUED,
        /** Every slot and every queue place is taken. */
        REJECTED
    }

    /** A queued request; only its identity matters, so a caller can abandon exactly this one. */
    public static final class Waiter {
        private final Runnable onAdmitted;

        private Waiter(Runnable onAdmitted) {
            this.onAdmitted = onAdmitted;
        }
    }

    /** The result of {@link #admit}: the outcome and, when queued, the waiter to abandon on timeout. */
    public record Admission(Outcome outcome, Waiter waiter) {
    }

    private final int maxInFlight;
    private final int maxQueued;
    private final Deque<Waiter> queue = new ArrayDeque<>();
    private int inFlight;

    public AdmissionLimiter(int maxInFlight, int maxQueued) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("talent.http.max-in-flight must be at least 1, was " + maxInFlight);
        }
        if (maxQueued < 0) {
            throw new IllegalArgumentException("talent.http.max-queued must be 0 or more, was " + maxQueued);
        }
        this.maxInFlight = maxInFlight;
        this.maxQueued = maxQueued;
    }

    /**
     * Admits a request now, queues it, or rejects it. {@code onAdmitted} runs (on the thread that releases a
     * slot) only for a queued request that is later given a slot.
     */
    public synchronized Admission admit(Runnable onAdmitted) {
        if (inFlight < maxInFlight && queue.isEmpty()) {
            inFlight++;
            return new Admission(Outcome.ADMITTED, null);
        }
        if (queue.size() < maxQueued) {
            Waiter waiter = new Waiter(onAdmitted);
            queue.addLast(waiter);
            return new Admission(Outcome.QUEUED, waiter);
        }
        return new Admission(Outcome.REJECTED, null);
    }

    /**
     * Gives up on a queued request (it waited too long, or its client left).
     *
     * @return true when it was still waiting and is now gone; false when it already holds a slot, which it
     * must then release as usual
     */
    public synchronized boolean abandon(Waiter waiter) {
        return queue.remove(waiter);
    }

    /** Frees the caller's slot, handing it straight to the longest-waiting request if there is one. */
    public void release() {
        Waiter next;
        synchronized (this) {
            next = queue.pollFirst();
            if (next == null) {
                if (inFlight == 0) {
                    throw new IllegalStateException("release() without a slot held: admission bookkeeping is broken");
                }
                inFlight--;
                return;
            }
        }
        // The slot passes over without inFlight changing, so no newcomer can take it in between.
        next.onAdmitted.run();
    }

    public synchronized int inFlight() {
        return inFlight;
    }

    public synchronized int queued() {
        return queue.size();
    }
}
