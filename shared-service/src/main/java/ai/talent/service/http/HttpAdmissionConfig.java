package ai.talent.service.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.OptionalInt;

/**
 * How much {@code /v1} work a service takes on at once ({@code talent.http.*} in application.properties);
 * beyond it requests wait briefly in a bounded queue, then are refused with 503 and {@code Retry-After}.
 */
@ConfigMapping(prefix = "talent.http")
public interface HttpAdmissionConfig {

    /**
     * Requests served at the same time; more than this wait in the queue. Unset: twice the processors the JVM
     * sees (a pod's CPU limit). The /v1 work is CPU-bound model inference: more concurrent requests than cores only
     * queue in the CPU scheduler instead of here, and then the thread that should refuse quickly starves with them
     * (measured with {@code ./talent bench load}: at 32 slots on 2 cores nothing was refused and health probes took
     * seconds; at 2 slots half the overload was refused with Retry-After).
     */
    OptionalInt maxInFlight();

    /** {@link #maxInFlight()} or its default. */
    static int slots(HttpAdmissionConfig config) {
        return config.maxInFlight().orElse(2 * Runtime.getRuntime().availableProcessors());
    }

    /** Requests allowed to wait for a free slot; more than this are refused at once. */
    @WithDefault("64")
    int maxQueued();

    /** Longest a request waits in the queue before it is refused. */
    @WithDefault("500ms")
    Duration maxWait();

    /** What the {@code Retry-After} header of a refusal tells the client (rounded up to whole seconds). */
    @WithDefault("2s")
    Duration retryAfter();
}
