package ai.talent.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CloudEventHeadersTests {

    @Test
    void carriesTheCloudEventsAttributesOfTheEvent() {
        DomainEvent event = SampleEvents.all().get(EventType.SUCCESS_PREDICTED);

        var headers = CloudEventHeaders.of(event, "/talent-ai/success");

        assertThat(headers).containsExactly(
                org.assertj.core.api.Assertions.entry("ce_specversion", "1.0"),
                org.assertj.core.api.Assertions.entry("ce_id", "e-10"),
                org.assertj.core.api.Assertions.entry("ce_type", "ai.talent.success.predicted.v1"),
                org.assertj.core.api.Assertions.entry("ce_source", "/talent-ai/success"),
                org.assertj.core.api.Assertions.entry("ce_time", "2026-03-01T09:30:00.123Z"),
                org.assertj.core.api.Assertions.entry("ce_dataschema", "urn:talent-ai:schema:ai.talent.success.predicted.v1"),
                org.assertj.core.api.Assertions.entry("content-type", "application/json"));
    }

    @Test
    void headerTypeDecodesTogetherWithTheBody() {
        EventCodec codec = new EventCodec();
        DomainEvent event = SampleEvents.all().get(EventType.LEARNING_ATTEMPTED);
        String ceType = CloudEventHeaders.of(event, "/talent-ai/simulator").get(CloudEventHeaders.TYPE);
        assertThat(codec.decode(codec.encode(event), ceType)).isEqualTo(event);
    }

    @Test
    void requiresASource() {
        DomainEvent event = SampleEvents.all().get(EventType.FREELANCER_DELETED);
        assertThatThrownBy(() -> CloudEventHeaders.of(event, " ")).hasMessageContaining("source");
    }
}
