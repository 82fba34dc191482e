package ai.talent.sim;

import ai.talent.domain.event.DomainEvent;
import java.time.Instant;

/**
 * One line the simulator emits, bound for one of the {@link SimFiles}: an event with its hidden truth, or a
 * named record (client, learner, exercise, query, judgment) with its truth; {@code time} orders event lines.
 */
record Emitted(Instant time, String file, DomainEvent event, String recordName, Record record, Record truth) {

    static Emitted event(String file, DomainEvent event, Record truth) {
        return new Emitted(event.occurredAt(), file, event, null, null, truth);
    }

    static Emitted record(String file, String name, Record record, Record truth) {
        return new Emitted(null, file, null, name, record, truth);
    }

    void to(SimSink sink) {
        if (event != null) {
            sink.event(file, event, truth);
        } else {
            sink.record(file, recordName, record, truth);
        }
    }
}
