package ai.talent.sim;

import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.EventCodec;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes one simulator file, one JSON object per line (see {@link SimFiles} for the format). */
final class JsonlWriter implements AutoCloseable {

    private final EventCodec codec;
    private final Writer out;
    private final String path;

    /** Writes to {@code out} (any sink, e.g. a byte counter in tests and benchmarks); {@code name} is for errors. */
    JsonlWriter(Writer out, String name, EventCodec codec) {
        this.out = new BufferedWriter(out, 1 << 16);
        this.path = name;
        this.codec = codec;
    }

    /** Opens {@code path} for writing as UTF-8, with an actionable message when that fails. */
    static Writer open(Path path) {
        try {
            return Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + path + ": " + e.getMessage(), e);
        }
    }

    void event(DomainEvent event, Record truth) {
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        line.set(SimFiles.EVENT, codec.encodeTree(event));
        if (truth != null) {
            line.set(SimFiles.TRUTH, codec.encodeValueTree(truth));
        }
        write(line);
    }

    void record(String name, Record value, Record truth) {
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        line.set(name, codec.encodeValueTree(value));
        if (truth != null) {
            line.set(SimFiles.TRUTH, codec.encodeValueTree(truth));
        }
        write(line);
    }

    private void write(ObjectNode line) {
        try {
            out.write(codec.write(line));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + path + ": " + e.getMessage(), e);
        }
    }
}
