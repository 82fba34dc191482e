package ai.talent.service.state.keyed;

import ai.talent.domain.event.DomainEvent;
import ai.talent.service.state.EventRecords;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Events in Kafka Streams: their wire form (the JSON body, which names its type), for repartition topics and
 * for the events a topology emits.
 */
public final class EventSerde implements Serde<DomainEvent> {

    @Override
    public Serializer<DomainEvent> serializer() {
        return (topic, event) -> event == null ? null : EventRecords.encode(event).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Deserializer<DomainEvent> deserializer() {
        return (topic, bytes) -> bytes == null ? null : EventRecords.decodeBody(new String(bytes, StandardCharsets.UTF_8));
    }
}
