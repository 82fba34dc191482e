package ai.talent.service.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talent.service.http.AdmissionLimiter.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AdmissionLimiterTests {

    @Test
    void admitsUpToTheLimitThenQueuesThenRejects() {
        var limiter = new AdmissionLimiter(2, 1);

        assertThat(limiter.admit(() -> { }).outcome()).isEqualTo(Outcome.ADMITTED);
        assertThat(limiter.admit(() -> { }).outcome()).isEqualTo(Outcome.ADMITTED);
        assertThat(limiter.admit(() -> { }).outcome()).isEqualTo(Outcome.QUEUED);
        assertThat(limiter.admit(() -> { }).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(limiter.inFlight()).isEqualTo(2);
        assertThat(limiter.queued()).isEqualTo(1);
    }

    @Test
    void withNoQueueABusyLimiterRejectsAtOnce() {
        var limiter = new AdmissionLimiter(1, 0);
        limiter.admit(() -> { });

        assertThat(limiter.admit(() -> { }).outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void releaseHandsTheSlotToTheLongestWaiting() {
        var limiter = new AdmissionLimiter(1, 3);
        List<String> admitted = new ArrayList<>();
        limiter.admit(() -> admitted.add("first"));
        limiter.admit(() -> admitted.add("second"));
        limiter.admit(() -> admitted.add("third"));

        limiter.release();
        assertThat(admitted).containsExactly("second");
        assertThat(limiter.inFlight()).isEqualTo(1);
        assertThat(limiter.queued()).isEqualTo(1);

        limiter.release();
        assertThat(admitted).containsExactly("second", "third");
        limiter.release();
        assertThat(limiter.inFlight()).isZero();
    }

    @Test
    void aNewcomerCannotOvertakeTheQueue() {
        var limiter = new AdmissionLimiter(1, 2);
        limiter.admit(() -> { });
        limiter.admit(() -> { });

        limiter.release();

        // The freed slot went to the waiter, so a newcomer must queue rather than be admitted.
        assertThat(limiter.admit(() -> { }).outcome()).isEqualTo(Outcome.QUEUED);
    }

    @Test
    void anAbandonedWaiterIsNeverAdmittedAndFreesItsPlace() {
        var limiter = new AdmissionLimiter(1, 1);
        limiter.admit(() -> { });
        AtomicInteger lateAdmissions = new AtomicInteger();
        var waiter = limiter.admit(lateAdmissions::incrementAndGet).waiter();

        assertThat(limiter.abandon(waiter)).isTrue();
        assertThat(limiter.admit(() -> { }).outcome()).isEqualTo(Outcome.QUEUED);
        limiter.release();

        assertThat(lateAdmissions).hasValue(0);
    }

    @Test
    void abandoningAnAlreadyAdmittedWaiterFailsSoItKeepsItsSlot() {
        var limiter = new AdmissionLimiter(1, 1);
        limiter.admit(() -> { });
        var waiter = limiter.admit(() -> { }).waiter();
        limiter.release();

        assertThat(limiter.abandon(waiter)).isFalse();
        assertThat(limiter.inFlight()).isEqualTo(1);
    }

    @Test
    void releasingMoreThanWasAdmittedIsAnError() {
        var limiter = new AdmissionLimiter(1, 0);

        assertThatThrownBy(limiter::release).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("release()");
    }

    @Test
    void rejectsNonsensicalLimitsNamingTheSetting() {
        assertThatThrownBy(() -> new AdmissionLimiter(0, 1)).hasMessageContaining("talent.http.max-in-flight");
        assertThatThrownBy(() -> new AdmissionLimiter(1, -1)).hasMessageContaining("talent.http.max-queued");
    }

    @Test
    void underConcurrencyNeverExceedsTheLimitAndLosesNoSlot() throws InterruptedException {
        int maxInFlight = 3;
        var limiter = new AdmissionLimiter(maxInFlight, 4);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        AtomicInteger served = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        int requests = 2_000;
        CountDownLatch done = new CountDownLatch(requests);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        Runnable work = () -> {
            peak.accumulateAndGet(running.incrementAndGet(), Math::max);
            served.incrementAndGet();
            running.decrementAndGet();
        };
        try {
            for (int i = 0; i < requests; i++) {
                pool.execute(() -> {
                    // A queued request finishes on the releasing thread, as a real one would on its event loop.
                    Runnable serve = new Runnable() {
                        @Override
                        public void run() {
                            work.run();
                            // Counted only after releasing, so the final counts below see every release.
                            limiter.release();
                            done.countDown();
                        }
                    };
                    var admission = limiter.admit(serve);
                    switch (admission.outcome()) {
                        case ADMITTED -> serve.run();
                        case QUEUED -> { }
                        case REJECTED -> {
                            rejected.incrementAndGet();
                            done.countDown();
                        }
                    }
                });
            }
            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }

        assertThat(peak.get()).isLessThanOrEqualTo(maxInFlight);
        assertThat(served.get() + rejected.get()).isEqualTo(requests);
        assertThat(limiter.inFlight()).isZero();
        assertThat(limiter.queued()).isZero();
    }
}
