package ai.talent.service.event;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings every service's event handling shares ({@code talent.events.*} in application.properties). */
@ConfigMapping(prefix = "talent.events")
public interface EventsConfig {

    /**
     * CloudEvents {@code source} of the events this service produces, e.g. {@code /talent-ai/matching}; also names
     * the producer in the ids it derives for its output events.
     */
    String source();

    /** How a handler's transient failure is retried before its record goes to the dead-letter topic. */
    Retry retry();

    interface Retry {

        /** How many times a handler runs for one record in all (1 = no retry). */
        @WithDefault("4")
        int maxAttempts();

        /** The wait before the second attempt; each later wait doubles, up to {@link #maxDelay()}. */
        @WithDefault("200ms")
        Duration initialDelay();

        @WithDefault("5s")
        Duration maxDelay();
    }
}
