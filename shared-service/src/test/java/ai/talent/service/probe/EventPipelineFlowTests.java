package ai.talent.service.probe;

import static ai.talent.service.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.talent.domain.event.CloudEventHeaders;
import ai.talent.domain.event.EventCodec;
import ai.talent.domain.event.EventIds;
import ai.talent.domain.event.EventType;
import ai.talent.domain.event.LearningAttempted;
import ai.talent.domain.event.LearningPathUpdated;
import ai.talent.domain.event.Topics;
import ai.talent.localstack.kafka.KafkaTestResource;
import ai.talent.service.event.ServiceDeadLetterQueue;
import ai.talent.service.state.ProcessedEventLog;
import ai.talent.service.testing.KafkaFlowTest;
import ai.talent.service.testing.SampleEvents;
import ai.talent.service.testing.StateDirTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * The event pipeline every service uses, end to end through a real broker with the probe consumer: output ids
 * survive redelivery, transient failures are retried, what keeps failing is dead-lettered with the service's
 * name and the exception's class, unknown contract versions are refused, and the CloudEvents headers of an
 * output are the ones SmallRye wrote from the event.
 */
@QuarkusTest
@TestProfile(ProbeProfile.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(StateDirTestResource.class)
class EventPipelineFlowTests extends KafkaFlowTest {

    private static final String DLQ = Topics.LEARNING_EVENTS + Topics.DLQ_SUFFIX;
    private static final String SOURCE = ProbeProfile.SOURCE;

    private final EventCodec codec = new EventCodec();

    @Inject
    ProbeConsumer probe;

    @Inject
    ProcessedEventLog processed;

    @Test
    void aRedeliveredInputIsAnsweredWithTheSameEventId() {
        LearningAttempted input = attempt(ProbeConsumer.ANSWER);
        kafka.send(input);
        awaitAnswers(input, 1);
        // As after a crash between writing the answer and remembering the input's id: the redelivery runs again.
        processed.forget(input.eventId());
        kafka.send(input);

        List<ConsumerRecord<String, String>> answers = awaitAnswers(input, 2);
        assertThat(probe.runs(input.eventId())).isEqualTo(2);
        assertThat(eventIds(answers)).containsExactly(
                EventIds.derived(SOURCE, EventType.LEARNING_PATH_UPDATED, input.eventId()));
    }

    @Test
    void aFailureThatPassesOnTheSecondTryIsNotDeadLettered() {
        LearningAttempted input = attempt(ProbeConsumer.FLAKY);
        kafka.send(input);

        List<ConsumerRecord<String, String>> answers = awaitAnswers(input, 2);
        assertThat(probe.runs(input.eventId())).isEqualTo(2);
        assertThat(eventIds(answers)).hasSize(1);
        awaitProcessedAfter(input);
        assertThat(kafka.readAll(DLQ, r -> input.key().equals(r.key()))).isEmpty();
    }

    @Test
    void aFailureThatPersistsIsDeadLetteredWithServiceAndExceptionClass() {
        LearningAttempted input = attempt(ProbeConsumer.BROKEN);
        kafka.send(input);

        ConsumerRecord<String, String> dead = kafka.awaitRecord(DLQ, r -> input.key().equals(r.key()), TIMEOUT);
        assertThat(probe.runs(input.eventId())).isEqualTo(3);
        assertThat(header(dead, ServiceDeadLetterQueue.SERVICE)).isEqualTo(ProbeProfile.SERVICE);
        assertThat(header(dead, ServiceDeadLetterQueue.EXCEPTION_CLASS)).isEqualTo(IllegalStateException.class.getName());
        assertThat(header(dead, ServiceDeadLetterQueue.REASON)).isEqualTo("store unavailable");
        assertThat(header(dead, "dead-letter-topic")).isEqualTo(Topics.LEARNING_EVENTS);
        assertThat(header(dead, CloudEventHeaders.ID)).isEqualTo(input.eventId());
        assertThat(dead.value()).isEqualTo(codec.encode(input));
    }

    @Test
    void aFailureCausedByTheEventIsDeadLetteredWithoutRetries() {
        LearningAttempted input = attempt(ProbeConsumer.INVALID);
        kafka.send(input);

        ConsumerRecord<String, String> dead = kafka.awaitRecord(DLQ, r -> input.key().equals(r.key()), TIMEOUT);
        assertThat(probe.runs(input.eventId())).isEqualTo(1);
        assertThat(header(dead, ServiceDeadLetterQueue.EXCEPTION_CLASS))
                .isEqualTo(IllegalArgumentException.class.getName());
        assertThat(header(dead, ServiceDeadLetterQueue.SERVICE)).isEqualTo(ProbeProfile.SERVICE);
    }

    @Test
    void anUnknownVersionOfAKnownTypeIsDeadLetteredWithTheReason() {
        LearningAttempted input = attempt(ProbeConsumer.ANSWER);
        String v2 = "ai.talent.learning.attempted.v2";
        Map<String, String> headers = new LinkedHashMap<>(CloudEventHeaders.of(input, "/talent-ai/tomorrow"));
        headers.put(CloudEventHeaders.TYPE, v2);
        kafka.send(Topics.LEARNING_EVENTS, input.key(), codec.encode(input).replace(
                EventType.LEARNING_ATTEMPTED.wireName(), v2), headers);

        ConsumerRecord<String, String> dead = kafka.awaitRecord(DLQ, r -> input.key().equals(r.key()), TIMEOUT);
        assertThat(header(dead, ServiceDeadLetterQueue.REASON))
                .startsWith("ce_type: unknown version v2 of learning.attempted")
                .contains(EventType.LEARNING_ATTEMPTED.wireName());
        assertThat(header(dead, ServiceDeadLetterQueue.EXCEPTION_CLASS))
                .isEqualTo("ai.talent.domain.event.EventDecodingException");
        assertThat(probe.runs(input.eventId())).isZero();
        awaitProcessedAfter(input);
    }

    @Test
    void anAnswerCarriesTheCloudEventsHeadersSmallRyeWroteFromTheEvent() {
        LearningAttempted input = attempt(ProbeConsumer.ANSWER);
        kafka.send(input);

        ConsumerRecord<String, String> answer = awaitAnswers(input, 1).getFirst();
        LearningPathUpdated path = codec.decode(answer.value(), LearningPathUpdated.class);
        assertThat(headerNames(answer)).containsExactlyInAnyOrder("ce_specversion", "ce_id", "ce_type", "ce_source",
                "ce_time", "ce_dataschema", "content-type");
        assertThat(header(answer, CloudEventHeaders.ID)).isEqualTo(path.eventId());
        assertThat(header(answer, CloudEventHeaders.TYPE)).isEqualTo("ai.talent.learning-path.updated.v1");
        assertThat(header(answer, CloudEventHeaders.SOURCE)).isEqualTo(SOURCE);
        assertThat(header(answer, CloudEventHeaders.DATA_SCHEMA))
                .isEqualTo("urn:talent-ai:schema:ai.talent.learning-path.updated.v1");
        assertThat(Instant.parse(header(answer, CloudEventHeaders.TIME))).isEqualTo(path.occurredAt());
        assertThat(header(answer, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        assertThat(answer.key()).isEqualTo(path.learnerId());
    }

    private static LearningAttempted attempt(String behaviour) {
        return SampleEvents.attempt(SampleEvents.newId("learner"), behaviour, List.of("sql"), true);
    }

    private List<ConsumerRecord<String, String>> awaitAnswers(LearningAttempted input, int count) {
        await().atMost(TIMEOUT).until(() -> kafka.readAll(Topics.LEARNING_PATHS, r -> input.key().equals(r.key()))
                .size() >= count);
        return kafka.readAll(Topics.LEARNING_PATHS, r -> input.key().equals(r.key()));
    }

    /** Waits until an event sent after {@code input} on its partition has been answered: input is done with. */
    private void awaitProcessedAfter(LearningAttempted input) {
        LearningAttempted marker = SampleEvents.attempt(input.attempt().learnerId(), ProbeConsumer.ANSWER,
                List.of("sql"), true);
        kafka.send(marker);
        await().atMost(TIMEOUT).until(() -> probe.runs(marker.eventId()) == 1);
    }

    private static Set<String> eventIds(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> header(r, CloudEventHeaders.ID)).collect(Collectors.toSet());
    }

    private static List<String> headerNames(ConsumerRecord<String, String> record) {
        return Arrays.stream(record.headers().toArray()).map(Header::key).toList();
    }
}
