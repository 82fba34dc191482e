package ai.talent.load.http;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** What the requests of one call name got: latencies by kind of answer, statuses, timeouts, failures. Thread-safe. */
public final class Outcomes {

    private final Latencies ok = new Latencies();
    private final Latencies refused = new Latencies();
    private final Latencies other = new Latencies();
    private final Map<Integer, Long> statuses = new TreeMap<>();
    private final Map<String, Long> failures = new TreeMap<>();
    private long timeouts;
    private long refusedWithoutRetryAfter;

    synchronized void answered(int status, long micros, boolean retryAfter) {
        statuses.merge(status, 1L, Long::sum);
        if (status >= 200 && status < 300) {
            ok.add(micros);
        } else if (status == 429 || status == 503) {
            refused.add(micros);
            if (!retryAfter) {
                refusedWithoutRetryAfter++;
            }
        } else {
            other.add(micros);
        }
    }

    synchronized void timedOut() {
        timeouts++;
    }

    synchronized void failed(String kind) {
        failures.merge(kind, 1L, Long::sum);
    }

    synchronized Summary summary() {
        return new Summary(ok.snapshot(), refused.snapshot(), other.snapshot(), Map.copyOf(statuses),
                timeouts, Map.copyOf(failures), refusedWithoutRetryAfter);
    }

    /**
     * A call's figures: latencies in microseconds (sorted) of the 2xx answers, of the refusals (429, 503) and of
     * everything else; the count of each status; timeouts; failures by exception.
     */
    public record Summary(long[] ok, long[] refused, long[] other, Map<Integer, Long> statuses, long timeouts,
                          Map<String, Long> failures, long refusedWithoutRetryAfter) {

        public long sent() {
            return ok.length + refused.length + other.length + timeouts + failures.values().stream()
                    .mapToLong(Long::longValue).sum();
        }

        /** 5xx answers other than 503 (which is a refusal). */
        public long serverErrors() {
            return statuses.entrySet().stream().filter(e -> e.getKey() >= 500 && e.getKey() != 503)
                    .mapToLong(Map.Entry::getValue).sum();
        }

        /** 4xx answers other than 429: the mix asked for something the service does not have or refuses. */
        public long clientErrors() {
            return statuses.entrySet().stream().filter(e -> e.getKey() >= 400 && e.getKey() < 500 && e.getKey() != 429)
                    .mapToLong(Map.Entry::getValue).sum();
        }

        public long failed() {
            return failures.values().stream().mapToLong(Long::longValue).sum();
        }

        /** p-quantile (0..1) of the 2xx latencies in milliseconds; NaN when none was answered. */
        public double okMillis(double q) {
            return Latencies.quantileMillis(ok, q);
        }

        public double refusedMillis(double q) {
            return Latencies.quantileMillis(refused, q);
        }

        /** p-quantile of every answer's latency (2xx, refusals, others), milliseconds. */
        public double allMillis(double q) {
            long[] all = new long[ok.length + refused.length + other.length];
            System.arraycopy(ok, 0, all, 0, ok.length);
            System.arraycopy(refused, 0, all, ok.length, refused.length);
            System.arraycopy(other, 0, all, ok.length + refused.length, other.length);
            Arrays.sort(all);
            return Latencies.quantileMillis(all, q);
        }
    }
}
