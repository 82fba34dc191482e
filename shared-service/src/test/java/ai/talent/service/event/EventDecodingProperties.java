package ai.talent.service.event;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.event.Topics;
import ai.talent.service.state.EventRecords;
import ai.talent.service.testing.fuzz.EventFuzz;
import ai.talent.service.testing.fuzz.FuzzRecord;
import ai.talent.service.testing.fuzz.TopicSamples;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * What every reader of a topic relies on, as jqwik properties (run by jqwik's engine, with shrinking): whatever a
 * record holds, reading it either yields an event or fails with a failure the retry policy calls permanent, so a
 * bad record goes to the dead-letter topic at once with its reason instead of being retried as if the broker had
 * failed, and nothing else (a NullPointerException, a ClassCastException, a StackOverflowError) escapes.
 */
class EventDecodingProperties {

    private static final List<String> INPUT_TOPICS = List.of(Topics.FREELANCERS, Topics.PROJECTS, Topics.CONTRACTS,
            Topics.LEARNING_EVENTS, Topics.SUCCESS_PREDICTIONS);

    @Property(tries = 400, seed = "20261201")
    void aRecordIsAnEventOrAPermanentFailure(@ForAll("records") FuzzRecord record) {
        RecordHeaders headers = new RecordHeaders();
        record.headers().forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        String value = record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
        if (value == null) {
            return;   // a tombstone never reaches the decoder (the intake and the readers skip it first)
        }
        try {
            assertThat(EventRecords.decode(record.topic(), record.key(), value, headers)).isNotNull();
        } catch (RuntimeException e) {
            assertThat(RetryPolicy.isTransient(e)).as("%s is classified transient for %s", e, record).isFalse();
            assertThat(e.getMessage()).as("reason for %s", record).isNotBlank();
        }
    }

    @Provide
    Arbitrary<FuzzRecord> records() {
        return Arbitraries.of(INPUT_TOPICS).flatMap(topic -> EventFuzz.records(topic,
                TopicSamples.of(topic, "f-1", "p-1", "l-1", List.of("react", "typescript"))));
    }
}
