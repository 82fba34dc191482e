package ai.talent.matching.market;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.Topics;
import ai.talent.service.state.keyed.KeyedState;
import ai.talent.service.state.keyed.KeyedStateTopology;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/**
 * Matching's keyed state (Kafka Streams): {@link ProjectOutcomes} per project, from the contracts and the success
 * predictions, both keyed by project id; and {@link FreelancerContracts} per freelancer (the contracts re-keyed by
 * freelancer id), mirrored into a global store, since every ranking reads the workload and track record of each of
 * its candidates and those live on every partition.
 */
@ApplicationScoped
public class MarketTopology {

    @Produces
    @Singleton
    Topology topology(KeyedState state) {
        KeyedStateTopology topology = state.topology();
        KStream<String, DomainEvent> events = topology.events("outcomes", Topics.CONTRACTS, Topics.SUCCESS_PREDICTIONS);
        topology.store(ProjectOutcomes.STORE, ProjectOutcomes.class, events,
                ProjectOutcomes::none, (projectId, event, outcomes) -> outcomes.apply(event));
        KStream<String, DomainEvent> byFreelancer = events
                .filter((key, event) -> event instanceof ContractAwarded || event instanceof ContractCompleted,
                        Named.as("contracts-only"))
                .selectKey((key, event) -> freelancerOf(event), Named.as("by-freelancer"));
        topology.globalStore(FreelancerContracts.GLOBAL, FreelancerContracts.class,
                topology.store(FreelancerContracts.STORE, FreelancerContracts.class, byFreelancer,
                        FreelancerContracts::none, (freelancerId, event, contracts) -> contracts.apply(event))
                        .toStream(Named.as(FreelancerContracts.STORE + "-changes")));
        return topology.build();
    }

    static String freelancerOf(DomainEvent event) {
        return switch (event) {
            case ContractAwarded e -> e.contract().freelancerId();
            case ContractCompleted e -> e.freelancerId();
            default -> throw new IllegalArgumentException("not a contract event: " + event.type());
        };
    }
}
