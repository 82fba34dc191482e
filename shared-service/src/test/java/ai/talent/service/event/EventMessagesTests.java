package ai.talent.service.event;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.event.EventCodec;
import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.model.SkillLevel;
import ai.talent.service.testing.SampleEvents;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventMessagesTests {

    @Test
    void keysByEntityAndCarriesCloudEventsHeaders() {
        FreelancerUpserted event = SampleEvents.freelancerUpserted(SampleEvents.freelancer("f-42", "Designer",
                40_000, List.of(new SkillLevel("figma", 3, 2.0))));
        var message = new EventMessages(EventIntakeTests.config()).of(event);

        assertThat(new EventCodec().decode(message.getPayload())).isEqualTo(event);
        @SuppressWarnings("unchecked")
        OutgoingKafkaRecordMetadata<String> metadata =
                message.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow();
        assertThat(metadata.getKey()).isEqualTo("f-42");
        assertThat(header(metadata, "ce_id")).isEqualTo(event.eventId());
        assertThat(header(metadata, "ce_type")).isEqualTo("freelancer.upserted");
        assertThat(header(metadata, "ce_source")).isEqualTo("/talent-ai/unit-test");
        assertThat(header(metadata, "ce_specversion")).isEqualTo("1.0");
    }

    private static String header(OutgoingKafkaRecordMetadata<String> metadata, String name) {
        return new String(metadata.getHeaders().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
