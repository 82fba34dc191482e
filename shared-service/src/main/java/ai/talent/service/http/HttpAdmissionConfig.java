package ai.talent.service.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How much {@code /v1} work a service takes on at once ({@code talent.http.*} in application.properties);
 * beyond it requests wait briefly in a bounded queue, then are refused with 503 and {@code Retry-After}.
 */
@ConfigMapping(prefix = "talent.http")
public interface HttpAdmissionConfig {

    /** Requests served at the same time; more than this wait in the queue. */
    @WithDefault("32")
    int maxInFlight();

    /** Requests allowed to wait for a free slot; more than this are refused at once. */
    @WithDefault("64")
    int maxQueued();

    /** Longest a request waits in the queue before it is refused. */
    @WithDefault("1s")
    Duration maxWait();

    /** What the {@code Retry-After} header of a refusal tells the client (rounded up to whole seconds). */
    @WithDefault("2s")
    Duration retryAfter();
}
