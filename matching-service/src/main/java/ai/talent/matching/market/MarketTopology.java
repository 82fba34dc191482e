package ai.talent.matching.market;

import ai.talent.domain.event.Topics;
import ai.talent.service.state.keyed.KeyedState;
import ai.talent.service.state.keyed.KeyedStateTopology;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.apache.kafka.streams.Topology;

/**
 * Matching's keyed state (Kafka Streams): {@link ProjectOutcomes} per project, from the contracts and the
 * success predictions, both keyed by project id, so no repartitioning is needed.
 */
@ApplicationScoped
public class MarketTopology {

    @Produces
    @Singleton
    Topology topology(KeyedState state) {
        KeyedStateTopology topology = state.topology();
        topology.store(ProjectOutcomes.STORE, ProjectOutcomes.class,
                topology.events("outcomes", Topics.CONTRACTS, Topics.SUCCESS_PREDICTIONS),
                ProjectOutcomes::none, (projectId, event, outcomes) -> outcomes.apply(event));
        return topology.build();
    }
}
