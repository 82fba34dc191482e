package ai.talent.load.http;

import java.time.Duration;
import java.util.List;

/**
 * Saturates a mix well beyond what it can serve and reports how it refuses: the share answered 429/503, the p99 of
 * those refusals (they must come quickly, from a bounded queue, not after a long wait), any other 5xx, timeouts and
 * connection failures (there must be none), and the p99 of what was served.
 */
public final class Overload {

    /** The figures of one overload run. */
    public record Report(double rate, long sent, double refusedShare, double refusalP50Millis,
                         double refusalP99Millis, double servedP99Millis, long served, long otherServerErrors,
                         long timeouts, long failures, long clientErrors, long refusedWithoutRetryAfter,
                         double plannedSeconds, double sendSeconds) {

        /** Refused quickly and cleanly: some refusals, no 5xx but 503, no timeouts, no connection failures. */
        public boolean clean() {
            return otherServerErrors == 0 && timeouts == 0 && failures == 0;
        }
    }

    private final OpenLoop loop;

    public Overload(OpenLoop loop) {
        this.loop = loop;
    }

    public Report run(String baseUrl, List<Call> calls, double rate, Duration duration, long maxRequests) {
        StepResult result = loop.run(baseUrl, calls, rate, duration, maxRequests);
        Outcomes.Summary t = result.total();
        long sent = t.sent();
        return new Report(rate, sent, sent == 0 ? 0 : (double) t.refused().length / sent, t.refusedMillis(0.5),
                t.refusedMillis(0.99), t.okMillis(0.99), t.ok().length, t.serverErrors(), t.timeouts(), t.failed(),
                t.clientErrors(), t.refusedWithoutRetryAfter(),
                (result.requests() - 1) / rate, result.sendSeconds());
    }
}
