package ai.talent.success.prediction;

import ai.talent.domain.event.Topics;
import ai.talent.service.state.keyed.JsonSerde;
import ai.talent.service.state.keyed.KeyedState;
import ai.talent.service.state.keyed.KeyedStateTopology;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The success predictor's keyed state (Kafka Streams): {@link ProjectPredictions} per project, from the contracts
 * and the predictions this service published (both keyed by project id), and {@link QualityTotals} over all of
 * them, re-grouped under one key.
 */
@ApplicationScoped
public class PredictionTopology {

    @Produces
    @Singleton
    Topology topology(KeyedState state) {
        KeyedStateTopology topology = state.topology();
        KTable<String, ProjectPredictions> projects = topology.store(ProjectPredictions.STORE, ProjectPredictions.class,
                topology.events("predictions", Topics.CONTRACTS, Topics.SUCCESS_PREDICTIONS),
                ProjectPredictions::none, (projectId, event, predictions) -> predictions.apply(event));
        projects.groupBy((projectId, predictions) -> KeyValue.pair(QualityTotals.KEY, predictions.totals()),
                        Grouped.with(QualityTotals.STORE + "-by-key", Serdes.String(), JsonSerde.of(QualityTotals.class)))
                .aggregate(() -> QualityTotals.ZERO, (key, add, totals) -> totals.plus(add),
                        (key, remove, totals) -> totals.minus(remove), Named.as(QualityTotals.STORE + "-sum"),
                        Materialized.<String, QualityTotals, KeyValueStore<Bytes, byte[]>>as(QualityTotals.STORE)
                                .withKeySerde(Serdes.String())
                                .withValueSerde(JsonSerde.of(QualityTotals.class)));
        return topology.build();
    }
}
