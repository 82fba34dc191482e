package ai.talent.load.http;

import java.util.Arrays;
import java.util.Map;

/**
 * One open-loop run at one rate: the rate asked for, the requests sent, how long sending took (longer than planned
 * when the generator itself could not keep up) and until the last answer, and the outcomes per call name.
 */
public record StepResult(double rate, long requests, double sendSeconds, double seconds,
                         Map<String, Outcomes.Summary> calls) {

    /** Every call's answers merged. */
    public Outcomes.Summary total() {
        long[] ok = merged(Outcomes.Summary::ok);
        long[] refused = merged(Outcomes.Summary::refused);
        long[] other = merged(Outcomes.Summary::other);
        Map<Integer, Long> statuses = new java.util.TreeMap<>();
        Map<String, Long> failures = new java.util.TreeMap<>();
        long timeouts = 0;
        long noRetryAfter = 0;
        for (Outcomes.Summary s : calls.values()) {
            noRetryAfter += s.refusedWithoutRetryAfter();
            s.statuses().forEach((k, v) -> statuses.merge(k, v, Long::sum));
            s.failures().forEach((k, v) -> failures.merge(k, v, Long::sum));
            timeouts += s.timeouts();
        }
        return new Outcomes.Summary(ok, refused, other, statuses, timeouts, failures, noRetryAfter);
    }

    /** Answers (any status) per second over the whole run. */
    public double answeredPerSecond() {
        Outcomes.Summary t = total();
        return (t.ok().length + t.refused().length + t.other().length) / Math.max(seconds, 1e-9);
    }

    /** Whether the generator sent at the rate asked (within 10 %): otherwise the step measured the client. */
    public boolean generatorKeptUp() {
        return requests / Math.max(sendSeconds, 1e-9) >= 0.9 * rate || requests <= 2;
    }

    private long[] merged(java.util.function.Function<Outcomes.Summary, long[]> part) {
        long[] all = calls.values().stream().map(part).flatMapToLong(Arrays::stream).toArray();
        Arrays.sort(all);
        return all;
    }
}
