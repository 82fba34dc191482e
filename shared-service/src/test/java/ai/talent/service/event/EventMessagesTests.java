package ai.talent.service.event;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.event.EventCodec;
import ai.talent.domain.event.EventIds;
import ai.talent.domain.event.EventType;
import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.model.SkillLevel;
import ai.talent.service.testing.SampleEvents;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventMessagesTests {

    private final EventMessages messages = new EventMessages(EventIntakeTests.config());

    @Test
    void keysByEntityAndCarriesTheCloudEventsAttributes() {
        FreelancerUpserted event = SampleEvents.freelancerUpserted(SampleEvents.freelancer("f-42", "Designer",
                40_000, List.of(new SkillLevel("figma", 3, 2.0))));
        var message = messages.of(event);

        assertThat(new EventCodec().decode(message.getPayload())).isEqualTo(event);
        @SuppressWarnings("unchecked")
        OutgoingKafkaRecordMetadata<String> kafka = message.getMetadata(OutgoingKafkaRecordMetadata.class)
                .orElseThrow();
        assertThat(kafka.getKey()).isEqualTo("f-42");
        assertThat(new String(kafka.getHeaders().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .isEqualTo("application/json");
        @SuppressWarnings("unchecked")
        OutgoingCloudEventMetadata<String> cloudEvent = message.getMetadata(OutgoingCloudEventMetadata.class)
                .orElseThrow();
        assertThat(cloudEvent.getId()).isEqualTo(event.eventId());
        assertThat(cloudEvent.getType()).isEqualTo("ai.talent.freelancer.upserted.v1");
        assertThat(cloudEvent.getSource()).isEqualTo(URI.create("/talent-ai/unit-test"));
        assertThat(cloudEvent.getSpecVersion()).isEqualTo("1.0");
        assertThat(cloudEvent.getTimeStamp().orElseThrow().toInstant()).isEqualTo(event.occurredAt());
        assertThat(cloudEvent.getDataSchema()).contains(EventType.FREELANCER_UPSERTED.dataSchema());
    }

    @Test
    void anOutputIdIsDerivedFromItsCauseAndThisService() {
        FreelancerUpserted cause = SampleEvents.freelancerUpserted(SampleEvents.freelancer("f-7", "Writer",
                30_000, List.of(new SkillLevel("copywriting", 3, 2.0))));
        String id = messages.idFor(EventType.PORTFOLIO_GENERATED, cause);
        assertThat(id).isEqualTo(messages.idFor(EventType.PORTFOLIO_GENERATED, cause))
                .isEqualTo(EventIds.derived("/talent-ai/unit-test", EventType.PORTFOLIO_GENERATED, cause.eventId()));
    }
}
