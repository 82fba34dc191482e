package ai.talent.service.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talent.domain.event.CloudEventHeaders;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.EventCodec;
import ai.talent.domain.event.EventDecodingException;
import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.event.Topics;
import ai.talent.domain.model.SkillLevel;
import ai.talent.service.state.ProcessedEventLog;
import ai.talent.service.testing.SampleEvents;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventIntakeTests {

    @TempDir
    static Path stateDir;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ProcessedEventLog processed = ProcessedEventLog.open(stateDir.resolve(SampleEvents.newId("ids")),
            Duration.ofDays(1));
    private final EventIntake intake = new EventIntake(processed, registry);
    private final List<DomainEvent> handled = new ArrayList<>();
    private final EventCodec codec = new EventCodec();

    @AfterEach
    void closeLog() {
        processed.close();
    }

    @Test
    void handsADecodedEventToTheHandler() {
        FreelancerUpserted event = sampleEvent();
        assertThat(intake.accept(Topics.FREELANCERS, record(event.key(), codec.encode(event)), handled::add)).isTrue();
        assertThat(handled).containsExactly(event);
        assertThat(registry.get("talent.events.received").tag("type", "freelancer.upserted").counter().count())
                .isEqualTo(1.0);
    }

    @Test
    void redeliveredEventChangesNothing() {
        FreelancerUpserted event = sampleEvent();
        var record = record(event.key(), codec.encode(event));
        intake.accept(Topics.FREELANCERS, record, handled::add);
        assertThat(intake.accept(Topics.FREELANCERS, record, handled::add)).isFalse();
        assertThat(handled).hasSize(1);
        assertThat(registry.get("talent.events.duplicates").counter().count()).isEqualTo(1.0);
    }

    @Test
    void anEventWhoseHandlerFailedIsNotRememberedAsProcessed() {
        FreelancerUpserted event = sampleEvent();
        var record = record(event.key(), codec.encode(event));
        assertThatThrownBy(() -> intake.accept(Topics.FREELANCERS, record, e -> {
            throw new IllegalStateException("store unavailable");
        })).hasMessage("store unavailable");
        assertThat(intake.accept(Topics.FREELANCERS, record, handled::add)).isTrue();
        assertThat(registry.get("talent.events.failed").tag("reason", "IllegalStateException").counter().count())
                .isEqualTo(1.0);
    }

    @Test
    void rejectsMalformedJsonNamingTheProblem() {
        assertThatThrownBy(() -> intake.accept(Topics.FREELANCERS, record("f-1", "{not json"), handled::add))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("not valid JSON");
        assertThat(handled).isEmpty();
    }

    @Test
    void rejectsAHeaderTypeThatDisagreesWithTheBody() {
        FreelancerUpserted event = sampleEvent();
        var record = record(event.key(), codec.encode(event));
        record.headers().add(CloudEventHeaders.TYPE, "project.posted".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> intake.accept(Topics.FREELANCERS, record, handled::add))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("disagrees");
    }

    @Test
    void rejectsAnEventOnTheWrongTopic() {
        FreelancerUpserted event = sampleEvent();
        assertThatThrownBy(() -> intake.accept(Topics.PROJECTS, record(event.key(), codec.encode(event)), handled::add))
                .isInstanceOf(UnprocessableEventException.class)
                .hasMessageContaining("belongs on topic freelancers");
    }

    @Test
    void rejectsARecordKeyedByAnotherEntity() {
        FreelancerUpserted event = sampleEvent();
        assertThatThrownBy(() -> intake.accept(Topics.FREELANCERS, record("someone-else", codec.encode(event)),
                handled::add))
                .isInstanceOf(UnprocessableEventException.class)
                .hasMessageContaining("someone-else");
    }

    @Test
    void skipsTombstones() {
        assertThat(intake.accept(Topics.FREELANCERS, record("f-1", null), handled::add)).isFalse();
        assertThat(handled).isEmpty();
        assertThat(registry.get("talent.events.tombstones").counter().count()).isEqualTo(1.0);
    }

    private static FreelancerUpserted sampleEvent() {
        return SampleEvents.freelancerUpserted(SampleEvents.freelancer(SampleEvents.newId("f"), "Java developer",
                50_000, List.of(new SkillLevel("java", 4, 5.0))));
    }

    private static ConsumerRecord<String, String> record(String key, String value) {
        return new ConsumerRecord<>(Topics.FREELANCERS, 0, 7L, key, value);
    }

    static EventsConfig config() {
        return new EventsConfig() {
            @Override
            public String source() {
                return "/talent-ai/unit-test";
            }
        };
    }
}
