package ai.talent.sim;

import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.EventCodec;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** Writes the simulator's lines as the JSON-lines files of {@link SimFiles}, each file opened on its first line. */
final class JsonlSink implements SimSink, AutoCloseable {

    private final Function<String, Writer> open;
    private final EventCodec codec = new EventCodec();
    private final Map<String, JsonlWriter> writers = new LinkedHashMap<>();

    /** Opens every file up front, so a run without, say, learners still writes all eight (empty ones too). */
    JsonlSink(Function<String, Writer> open) {
        this.open = open;
        for (String file : SimFiles.ALL) {
            writer(file);
        }
    }

    @Override
    public void event(String file, DomainEvent event, Record truth) {
        writer(file).event(event, truth);
    }

    @Override
    public void record(String file, String name, Record value, Record truth) {
        writer(file).record(name, value, truth);
    }

    private JsonlWriter writer(String file) {
        return writers.computeIfAbsent(file, f -> new JsonlWriter(open.apply(f), f, codec));
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        for (JsonlWriter w : writers.values()) {
            try {
                w.close();
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
