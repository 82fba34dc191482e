package ai.talent.service.event;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings every service's event handling shares ({@code talent.events.*} in application.properties). */
@ConfigMapping(prefix = "talent.events")
public interface EventsConfig {

    /** CloudEvents {@code source} of the events this service produces, e.g. {@code /talent-ai/matching}. */
    String source();

    /** How many recent event ids are remembered to recognise redeliveries. */
    @WithDefault("100000")
    int processedIdCapacity();
}
