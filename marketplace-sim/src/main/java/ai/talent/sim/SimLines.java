package ai.talent.sim;

import ai.talent.domain.event.EventCodec;
import ai.talent.domain.event.EventDecodingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Reads the simulator's JSON-lines files back (see {@link SimFiles}) lazily, one line at a time, so that
 * trainers can stream a large marketplace. Close the stream when done.
 */
public final class SimLines {

    private SimLines() {
    }

    public static Stream<SimLine> read(Path file) {
        EventCodec codec = new EventCodec();
        BufferedReader reader;
        try {
            reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        long[] lineNumber = {0};
        return reader.lines().map(text -> {
            lineNumber[0]++;
            try {
                return parse(codec, text);
            } catch (EventDecodingException e) {
                throw new EventDecodingException(e.field(), e.reason() + " (" + file + " line " + lineNumber[0] + ")", e);
            }
        }).onClose(() -> {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static SimLine parse(EventCodec codec, String text) {
        JsonNode node = codec.parse(text);
        JsonNode truth = node.get(SimFiles.TRUTH);
        if (node.has(SimFiles.EVENT)) {
            return new SimLine(codec.decodeTree(node.get(SimFiles.EVENT)), null, null, truth);
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!name.equals(SimFiles.TRUTH)) {
                return new SimLine(null, name, node.get(name), truth);
            }
        }
        throw new EventDecodingException("$", "a simulator line needs an \"event\" or a record property");
    }
}
