package ai.talent.service.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talent.domain.event.CloudEventHeaders;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.EventCodec;
import ai.talent.domain.event.EventDecodingException;
import ai.talent.domain.event.EventType;
import ai.talent.domain.event.FreelancerDeleted;
import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.event.Topics;
import ai.talent.domain.model.SkillLevel;
import ai.talent.service.state.ProcessedEventLog;
import ai.talent.service.state.StateFolderHealth;
import ai.talent.service.testing.SampleEvents;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
    private final EventIntake intake = new EventIntake(processed, StateFolderHealth.watching(stateDir, Duration.ZERO),
            config(), registry);
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
        assertThat(registry.get("talent.events.received").tag("type", EventType.FREELANCER_UPSERTED.wireName()).counter().count())
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
        record.headers().add(CloudEventHeaders.TYPE, EventType.PROJECT_POSTED.wireName().getBytes(StandardCharsets.UTF_8));
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
    void aTransientFailureIsRetriedUntilItPasses() {
        FreelancerUpserted event = sampleEvent();
        AtomicInteger runs = new AtomicInteger();
        boolean handledIt = intake.accept(Topics.FREELANCERS, record(event.key(), codec.encode(event)), e -> {
            if (runs.incrementAndGet() < 3) {
                throw new IllegalStateException("store unavailable");
            }
            handled.add(e);
        });
        assertThat(handledIt).isTrue();
        assertThat(runs).hasValue(3);
        assertThat(handled).containsExactly(event);
        assertThat(registry.get("talent.events.retries").counter().count()).isEqualTo(2.0);
        assertThat(registry.find("talent.events.failed").counter()).isNull();
    }

    @Test
    void aTransientFailureThatPersistsIsRethrownAfterTheLastAttempt() {
        FreelancerUpserted event = sampleEvent();
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> intake.accept(Topics.FREELANCERS, record(event.key(), codec.encode(event)), e -> {
            runs.incrementAndGet();
            throw new IllegalStateException("store unavailable");
        })).isInstanceOf(IllegalStateException.class).hasMessage("store unavailable");
        assertThat(runs).hasValue(3);
    }

    @Test
    void aFailureCausedByTheEventIsNotRetried() {
        FreelancerUpserted event = sampleEvent();
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> intake.accept(Topics.FREELANCERS, record(event.key(), codec.encode(event)), e -> {
            runs.incrementAndGet();
            throw new IllegalArgumentException("rate must be positive");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(runs).hasValue(1);
    }

    @Test
    void rejectsAnUnknownVersionInTheHeader() {
        FreelancerUpserted event = sampleEvent();
        var record = record(event.key(), codec.encode(event));
        record.headers().add(CloudEventHeaders.TYPE,
                "ai.talent.freelancer.upserted.v9".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> intake.accept(Topics.FREELANCERS, record, handled::add))
                .isInstanceOfSatisfying(EventDecodingException.class, e -> {
                    assertThat(e.field()).isEqualTo(CloudEventHeaders.TYPE);
                    assertThat(e.reason()).contains("unknown version v9 of freelancer.upserted");
                });
        assertThat(handled).isEmpty();
    }

    @Test
    void rejectsAHeaderIdThatDisagreesWithTheBody() {
        FreelancerUpserted event = sampleEvent();
        var record = record(event.key(), codec.encode(event));
        record.headers().add(CloudEventHeaders.ID, "another-id".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> intake.accept(Topics.FREELANCERS, record, handled::add))
                .isInstanceOfSatisfying(EventDecodingException.class,
                        e -> assertThat(e.field()).isEqualTo(CloudEventHeaders.ID));
    }

    @Test
    void rejectsAnEventTheConsumerDoesNotRead() {
        FreelancerDeleted deleted = new FreelancerDeleted("e-1", Instant.now(), "f-1");
        assertThatThrownBy(() -> intake.accept(Topics.FREELANCERS, record("f-1", codec.encode(deleted)),
                FreelancerUpserted.class, handled::add))
                .isInstanceOf(UnprocessableEventException.class)
                .hasMessageContaining("does not read " + EventType.FREELANCER_DELETED.wireName());
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

    @Test
    void anEventWaitsWhileTheStateFolderRefusesWritesAndIsHandledOnceWhenItTakesThemAgain() throws Exception {
        Path folder = Files.createDirectories(stateDir.resolve(SampleEvents.newId("folder")));
        StateFolderHealth health = StateFolderHealth.watching(folder, Duration.ZERO);
        EventIntake guarded = new EventIntake(processed, health, config(), registry);
        // The folder becomes a plain file: nothing can be written under it (root included), as on a read-only disk.
        Files.delete(folder);
        Files.writeString(folder, "not a folder");
        health.probeNow();
        assertThat(health.writable()).isFalse();

        FreelancerUpserted event = sampleEvent();
        CompletableFuture<Boolean> accepted = CompletableFuture.supplyAsync(
                () -> guarded.accept(Topics.FREELANCERS, record(event.key(), codec.encode(event)), handled::add));
        Thread.sleep(1_000);
        assertThat(accepted).as("the event waits, neither handled nor failed").isNotDone();
        assertThat(handled).isEmpty();
        assertThat(registry.get("talent.events.retries").tag("reason", "StateUnavailableException").counter().count())
                .isGreaterThanOrEqualTo(2.0);

        Files.delete(folder);
        Files.createDirectories(folder);
        assertThat(accepted.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(handled).containsExactly(event);
        assertThat(health.writable()).isTrue();
        assertThat(registry.find("talent.events.failed").counters()).isEmpty();
    }

    static EventsConfig config() {
        return new EventsConfig() {
            @Override
            public String source() {
                return "/talent-ai/unit-test";
            }

            @Override
            public Retry retry() {
                return new Retry() {
                    @Override
                    public int maxAttempts() {
                        return 3;
                    }

                    @Override
                    public Duration initialDelay() {
                        return Duration.ofMillis(1);
                    }

                    @Override
                    public Duration maxDelay() {
                        return Duration.ofMillis(4);
                    }
                };
            }
        };
    }
}
