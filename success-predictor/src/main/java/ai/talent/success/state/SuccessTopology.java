package ai.talent.success.state;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.ProjectEvent;
import ai.talent.domain.event.ProjectPosted;
import ai.talent.domain.event.Topics;
import ai.talent.domain.model.Project;
import ai.talent.service.kafka.KafkaClients;
import ai.talent.service.state.catalog.Catalog;
import ai.talent.service.state.keyed.JsonSerde;
import ai.talent.service.state.keyed.KeyedState;
import ai.talent.service.state.keyed.KeyedStateTopology;
import ai.talent.success.feature.ClientHistory;
import ai.talent.success.learning.AwardSnapshot;
import ai.talent.success.learning.ContractLabel;
import ai.talent.success.prediction.ProjectPredictions;
import ai.talent.success.prediction.QualityTotals;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.KeyValueStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The success predictor's keyed state (Kafka Streams, exactly once), from one decoded, deduplicated stream of
 * {@code projects}, {@code contracts} and {@code success-predictions} (all keyed by project id):
 * <ul>
 *   <li>{@link ProjectPredictions} per project and {@link QualityTotals} over all of them;</li>
 *   <li>the feature state: {@link FreelancerFeatures} per freelancer (track record, workload) and
 *       {@link ClientHistory} per client, folded by {@code StateUpdates.apply} — the offline replay's function —
 *       after re-keying the events by freelancer and by client; each is mirrored into a global store
 *       ({@value #FREELANCERS_GLOBAL}, {@value #CLIENTS_GLOBAL}) so the replica that predicts for a contract
 *       reads any freelancer's and client's features locally;</li>
 *   <li>the learning data: {@link ContractLabel} per contract (global), and the {@link AwardSnapshot}s the
 *       consumer group writes when it predicts (global, over a compacted topic of this application).</li>
 * </ul>
 */
@ApplicationScoped
public class SuccessTopology {

    public static final String FREELANCERS = "freelancer-features";
    public static final String FREELANCERS_GLOBAL = "freelancer-features-global";
    public static final String CLIENTS = "client-features";
    public static final String CLIENTS_GLOBAL = "client-features-global";

    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

    private final String applicationId;
    private final Map<String, Object> kafkaConfig;

    public SuccessTopology(@ConfigProperty(name = "quarkus.kafka-streams.application-id") String applicationId,
                           @Identifier("default-kafka-broker") Instance<Map<String, Object>> kafkaConfig) {
        this.applicationId = applicationId;
        this.kafkaConfig = KafkaClients.settings(kafkaConfig);
    }

    /** The compacted topic the consumer group writes award snapshots to (the channel {@code award-inputs}). */
    public static String awardTopic(String applicationId) {
        return applicationId + "-" + AwardSnapshot.STORE;
    }

    @Produces
    @Singleton
    Topology topology(KeyedState state, Catalog<Project> projects) {
        KeyedStateTopology topology = state.topology();
        KStream<String, DomainEvent> events = topology.events("events", Topics.PROJECTS, Topics.CONTRACTS,
                Topics.SUCCESS_PREDICTIONS);

        KTable<String, ProjectPredictions> predictions = topology.store(ProjectPredictions.STORE,
                ProjectPredictions.class, events.filter((key, event) -> !(event instanceof ProjectEvent),
                        Named.as("predictions-filter")),
                ProjectPredictions::none, (projectId, event, p) -> p.apply(event));
        predictions.groupBy((projectId, p) -> KeyValue.pair(QualityTotals.KEY, p.totals()),
                        Grouped.with(QualityTotals.STORE + "-by-key", Serdes.String(), JsonSerde.of(QualityTotals.class)))
                .aggregate(() -> QualityTotals.ZERO, (key, add, totals) -> totals.plus(add),
                        (key, remove, totals) -> totals.minus(remove), Named.as(QualityTotals.STORE + "-sum"),
                        Materialized.<String, QualityTotals, KeyValueStore<Bytes, byte[]>>as(QualityTotals.STORE)
                                .withKeySerde(Serdes.String())
                                .withValueSerde(JsonSerde.of(QualityTotals.class)));

        KStream<String, DomainEvent> byFreelancer = events
                .filter((key, event) -> freelancerKey(event) != null, Named.as("freelancer-filter"))
                .selectKey((key, event) -> freelancerKey(event), Named.as("freelancer-key"));
        KTable<String, FreelancerFeatures> freelancers = topology.store(FREELANCERS, FreelancerFeatures.class,
                byFreelancer, () -> null, (id, event, current) -> OneKeyFeatureState.apply(
                        current == null ? FreelancerFeatures.empty(id) : current, event, projects::get));
        topology.globalStore(FREELANCERS_GLOBAL, FreelancerFeatures.class, freelancers.toStream(
                Named.as(FREELANCERS + "-changes")));

        KStream<String, DomainEvent> byClient = events
                .filter((key, event) -> clientKey(event) != null, Named.as("client-filter"))
                .selectKey((key, event) -> clientKey(event), Named.as("client-key"));
        KTable<String, ClientHistory> clients = topology.store(CLIENTS, ClientHistory.class, byClient, () -> null,
                (id, event, current) -> OneKeyFeatureState.apply(current == null ? ClientHistory.empty(id) : current,
                        event, projects::get));
        topology.globalStore(CLIENTS_GLOBAL, ClientHistory.class, clients.toStream(Named.as(CLIENTS + "-changes")));

        topology.globalStore(ContractLabel.STORE, ContractLabel.class, events
                .filter((key, event) -> event instanceof ContractCompleted, Named.as("labels-filter"))
                .map((key, event) -> {
                    ContractLabel label = ContractLabel.of((ContractCompleted) event);
                    return KeyValue.pair(label.contractId(), label);
                }, Named.as("labels-key")));

        String awards = awardTopic(applicationId);
        // A global table reads an ordinary topic, which must exist before the topology starts.
        KafkaClients.createMissing(kafkaConfig, List.of(KafkaClients.compacted(awards, Map.of())), ADMIN_TIMEOUT);
        topology.builder().globalTable(awards, Consumed.with(Serdes.String(), JsonSerde.of(AwardSnapshot.class))
                        .withName(AwardSnapshot.STORE + "-global-in"),
                Materialized.<String, AwardSnapshot, KeyValueStore<Bytes, byte[]>>as(AwardSnapshot.STORE)
                        .withKeySerde(Serdes.String())
                        .withValueSerde(JsonSerde.of(AwardSnapshot.class)));
        return topology.build();
    }

    /** The freelancer whose features an event changes, or null when it changes none. */
    static String freelancerKey(DomainEvent event) {
        return switch (event) {
            case ContractAwarded e -> e.contract().freelancerId();
            case ContractCompleted e -> e.freelancerId();
            default -> null;
        };
    }

    /** The client whose history an event changes, or null when it changes none. */
    static String clientKey(DomainEvent event) {
        return switch (event) {
            case ProjectPosted e -> e.project().clientId();
            case ContractAwarded e -> e.contract().clientId();
            case ContractCompleted e -> e.clientId();
            default -> null;
        };
    }
}
