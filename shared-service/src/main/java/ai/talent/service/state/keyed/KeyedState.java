package ai.talent.service.state.keyed;

import ai.talent.service.event.EventsConfig;
import ai.talent.service.kafka.KafkaClients;
import ai.talent.service.state.StateConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where a service's {@code Topology} producer starts: a {@link KeyedStateTopology} with the service's settings. */
@ApplicationScoped
public class KeyedState {

    private final StateConfig config;
    private final EventsConfig events;
    private final MeterRegistry registry;
    private final String applicationId;
    private final Map<String, Object> kafkaConfig;

    public KeyedState(StateConfig config, EventsConfig events, MeterRegistry registry,
                      @ConfigProperty(name = "quarkus.kafka-streams.application-id") String applicationId,
                      @Identifier("default-kafka-broker") Instance<Map<String, Object>> kafkaConfig) {
        this.config = config;
        this.events = events;
        this.registry = registry;
        this.applicationId = applicationId;
        this.kafkaConfig = KafkaClients.settings(kafkaConfig);
    }

    public KeyedStateTopology topology() {
        return new KeyedStateTopology(events.source(), config.keyed().dedupeRetention(), registry,
                new GlobalTopics(applicationId, kafkaConfig));
    }
}
