package ai.talent.service.probe;

import ai.talent.domain.event.EventType;
import ai.talent.domain.event.LearningAttempted;
import ai.talent.domain.event.LearningPathUpdated;
import ai.talent.domain.event.Topics;
import ai.talent.service.event.EventIntake;
import ai.talent.service.event.EventMessages;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A consumer built like the services' ones (intake, typed handler, awaited output with a derived id) whose
 * behaviour each test picks through the attempt's exercise id: {@value #ANSWER} answers with a learning path;
 * {@value #FLAKY} answers, then fails once as if the store behind it had dropped the connection; {@value #BROKEN}
 * fails every time the same way; {@value #INVALID} fails the way a bad value does.
 */
@ApplicationScoped
public class ProbeConsumer {

    public static final String ANSWER = "answer";
    public static final String FLAKY = "flaky";
    public static final String BROKEN = "broken";
    public static final String INVALID = "invalid";

    private final EventIntake intake;
    private final EventMessages messages;
    private final MutinyEmitter<String> paths;
    private final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();

    public ProbeConsumer(EventIntake intake, EventMessages messages,
                         @Channel("learning-paths") MutinyEmitter<String> paths) {
        this.intake = intake;
        this.messages = messages;
        this.paths = paths;
    }

    @Incoming("learning-events")
    @Blocking
    public void onAttempt(ConsumerRecord<String, String> record) {
        intake.accept(Topics.LEARNING_EVENTS, record, LearningAttempted.class, event -> {
            int run = runs.computeIfAbsent(event.eventId(), id -> new AtomicInteger()).incrementAndGet();
            switch (event.attempt().exerciseId()) {
                case BROKEN -> throw new IllegalStateException("store unavailable");
                case INVALID -> throw new IllegalArgumentException("exercise " + INVALID + " has no skills");
                case FLAKY -> {
                    answer(event);
                    if (run == 1) {
                        throw new IllegalStateException("connection reset after the answer was sent");
                    }
                }
                default -> answer(event);
            }
        });
    }

    /** How many times the handler ran for an event id. */
    public int runs(String eventId) {
        AtomicInteger n = runs.get(eventId);
        return n == null ? 0 : n.get();
    }

    private void answer(LearningAttempted event) {
        LearningPathUpdated path = new LearningPathUpdated(messages.idFor(EventType.LEARNING_PATH_UPDATED, event),
                Instant.now(), event.attempt().learnerId(), List.of(), List.of());
        paths.sendMessageAndAwait(messages.of(path));
    }
}
