package ai.talent.service.state.keyed;

import ai.talent.service.event.EventsConfig;
import ai.talent.service.state.StateConfig;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/** Where a service's {@code Topology} producer starts: a {@link KeyedStateTopology} with the service's settings. */
@ApplicationScoped
public class KeyedState {

    private final StateConfig config;
    private final EventsConfig events;
    private final MeterRegistry registry;

    public KeyedState(StateConfig config, EventsConfig events, MeterRegistry registry) {
        this.config = config;
        this.events = events;
        this.registry = registry;
    }

    public KeyedStateTopology topology() {
        return new KeyedStateTopology(events.source(), config.keyed().dedupeRetention(), registry);
    }
}
