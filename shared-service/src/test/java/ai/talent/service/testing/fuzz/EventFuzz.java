package ai.talent.service.testing.fuzz;

import ai.talent.domain.event.CloudEventHeaders;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.EventCodec;
import ai.talent.domain.event.EventType;
import ai.talent.service.testing.KafkaTestClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Records for an input topic, generated from valid sample events of that topic: mostly mutations of a sample (its
 * body mutated, its headers those of the original), then valid bodies under wrong headers or keys, random JSON,
 * text that is not JSON or not UTF-8, tombstones, and untouched valid samples. Every generated event gets a fresh
 * event id (drawn from the seed), so the intake's duplicate check does not hide what follows it.
 */
public final class EventFuzz {

    /** Kafka's default largest request is 1 MB; a record must fit with its headers (and again in the .dlq). */
    private static final int MAX_VALUE_BYTES = 900_000;

    private static final EventCodec CODEC = new EventCodec();

    private EventFuzz() {
    }

    /** Hostile records for {@code topic}, derived from {@code samples} (valid events of that topic). */
    public static Arbitrary<FuzzRecord> records(String topic, List<? extends DomainEvent> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("give at least one valid sample event of " + topic);
        }
        Arbitrary<DomainEvent> sample = Arbitraries.of(samples.toArray(DomainEvent[]::new));
        Arbitrary<String> freshId = Arbitraries.longs().tuple2().map(t -> new UUID(t.get1(), t.get2()).toString());
        Arbitrary<FuzzRecord> mutated = Combinators.combine(sample, freshId, JsonFuzz.mutations())
                .as((event, id, mutations) -> FuzzRecord.text(topic, event.key(),
                        JsonFuzz.mutate(withId(event, id), mutations), headers(event, id), "mutated sample"));
        Arbitrary<FuzzRecord> wrongHeaders = Combinators.combine(sample, freshId, headerMutations())
                .as((event, id, mutate) -> {
                    Map<String, String> h = headers(event, id);
                    String key = mutate.apply(h, event.key());
                    return FuzzRecord.text(topic, key, JsonFuzz.write(withId(event, id)), h,
                            "valid body, " + mutate.name());
                });
        // Always keyed: a compacted topic refuses a record without a key at the broker already.
        Arbitrary<FuzzRecord> randomJson = Combinators.combine(JsonFuzz.anyJson(3), sample, Arbitraries.of(true, false))
                .as((json, event, entityKey) -> FuzzRecord.text(topic, entityKey ? event.key() : "fuzz-key",
                        JsonFuzz.write(json), Map.of(), "random JSON"));
        Arbitrary<FuzzRecord> notJson = JsonFuzz.notJson()
                .map(text -> FuzzRecord.text(topic, "k", text, Map.of(), "not JSON"));
        Arbitrary<FuzzRecord> notUtf8 = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(200)
                .map(bytes -> new FuzzRecord(topic, "k", withBadUtf8(bytes), Map.of(), "not UTF-8"));
        Arbitrary<FuzzRecord> tombstone = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10)
                .map(key -> new FuzzRecord(topic, "fuzz-absent-" + key, null, Map.of(), "tombstone"));
        Arbitrary<FuzzRecord> valid = Combinators.combine(sample, freshId)
                .as((event, id) -> FuzzRecord.text(topic, event.key(), JsonFuzz.write(withId(event, id)),
                        headers(event, id), "valid sample"));
        return Arbitraries.frequencyOf(
                        Tuple.of(12, mutated),
                        Tuple.of(3, wrongHeaders),
                        Tuple.of(2, randomJson),
                        Tuple.of(1, notJson),
                        Tuple.of(1, notUtf8),
                        Tuple.of(1, tombstone),
                        Tuple.of(2, valid))
                .filter(r -> r.size() <= MAX_VALUE_BYTES);
    }

    private static ObjectNode withId(DomainEvent event, String id) {
        ObjectNode body = (ObjectNode) JsonFuzz.read(CODEC.encode(event));
        body.put("eventId", id);
        return body;
    }

    private static Map<String, String> headers(DomainEvent event, String id) {
        Map<String, String> h = new LinkedHashMap<>(CloudEventHeaders.of(event, KafkaTestClient.TEST_SOURCE));
        h.put(CloudEventHeaders.ID, id);
        return h;
    }

    private static byte[] withBadUtf8(byte[] bytes) {
        byte[] out = bytes.clone();
        out[0] = (byte) 0xC3;   // a lead byte followed by anything but a continuation is malformed UTF-8
        if (out.length > 1) {
            out[1] = (byte) 0x28;
        }
        return out;
    }

    /** Wrong CloudEvents headers or key around a valid body. */
    interface HeaderMutation {
        String name();

        /** Changes the headers in place and returns the record key to use. */
        String apply(Map<String, String> headers, String key);
    }

    private static Arbitrary<HeaderMutation> headerMutations() {
        Arbitrary<String> text = JsonFuzz.hostileStrings();
        Arbitrary<EventType> types = Arbitraries.of(EventType.values());
        return Arbitraries.oneOf(
                types.map(t -> mutation("ce_type " + t.wireName(), (h, k) -> {
                    h.put(CloudEventHeaders.TYPE, t.wireName());
                    return k;
                })),
                Arbitraries.of(".v2", ".v0", "").map(suffix -> mutation("ce_type version '" + suffix + "'", (h, k) -> {
                    String type = h.get(CloudEventHeaders.TYPE);
                    h.put(CloudEventHeaders.TYPE, type.substring(0, type.lastIndexOf(".v")) + suffix);
                    return k;
                })),
                text.map(s -> mutation("ce_type '" + FuzzSamples.shown(s) + "'", (h, k) -> {
                    h.put(CloudEventHeaders.TYPE, s);
                    return k;
                })),
                text.map(s -> mutation("ce_id '" + FuzzSamples.shown(s) + "'", (h, k) -> {
                    h.put(CloudEventHeaders.ID, s);
                    return k;
                })),
                Arbitraries.of("0.3", "", "2.0").map(s -> mutation("ce_specversion '" + s + "'", (h, k) -> {
                    h.put(CloudEventHeaders.SPEC_VERSION, s);
                    return k;
                })),
                text.map(s -> mutation("ce_time '" + FuzzSamples.shown(s) + "'", (h, k) -> {
                    h.put("ce_time", s);
                    return k;
                })),
                text.map(s -> mutation("key '" + FuzzSamples.shown(s) + "'", (h, k) -> s)));
    }

    private static HeaderMutation mutation(String name, java.util.function.BiFunction<Map<String, String>, String,
            String> change) {
        return new HeaderMutation() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String apply(Map<String, String> headers, String key) {
                return change.apply(headers, key);
            }
        };
    }
}
