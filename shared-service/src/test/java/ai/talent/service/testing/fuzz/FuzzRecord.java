package ai.talent.service.testing.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One record a property test sends to an input topic: key, raw value bytes (null = tombstone; not necessarily
 * UTF-8), headers, and which generator made it (for the failure message).
 */
public record FuzzRecord(String topic, String key, byte[] value, Map<String, String> headers, String kind) {

    public static FuzzRecord text(String topic, String key, String value, Map<String, String> headers, String kind) {
        return new FuzzRecord(topic, key, value == null ? null : value.getBytes(StandardCharsets.UTF_8), headers,
                kind);
    }

    public int size() {
        return value == null ? 0 : value.length;
    }

    @Override
    public String toString() {
        String v = value == null ? "null (tombstone)" : new String(value, StandardCharsets.UTF_8);
        return kind + " on " + topic + ": key=" + FuzzSamples.shown(key) + " headers=" + headers + " value="
                + FuzzSamples.shown(v);
    }
}
