package ai.talent.service.event;

import io.smallrye.config.ConfigMapping;

/** Settings every service's event handling shares ({@code talent.events.*} in application.properties). */
@ConfigMapping(prefix = "talent.events")
public interface EventsConfig {

    /** CloudEvents {@code source} of the events this service produces, e.g. {@code /talent-ai/matching}. */
    String source();
}
