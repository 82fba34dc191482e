package ai.talent.sim;

import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.model.Nullable;

/**
 * Where a simulated marketplace goes, line by line: JSON-lines files ({@link SimFiles}), a Kafka publisher, or
 * the scoring harness's in-memory collector. {@code file} names the {@link SimFiles} file the line belongs to;
 * lines of one file arrive in that file's order.
 */
public interface SimSink {

    /** An event as a service would receive it, and the hidden truth behind it (or null). */
    void event(String file, DomainEvent event, @Nullable Record truth);

    /** A named record that is not an event (client, learner, exercise, query, judgment), and its truth (or null). */
    void record(String file, String name, Record value, @Nullable Record truth);
}
