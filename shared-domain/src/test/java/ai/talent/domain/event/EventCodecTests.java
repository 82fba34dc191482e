package ai.talent.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talent.domain.model.Client;
import ai.talent.domain.model.Region;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventCodecTests {

    private final EventCodec codec = new EventCodec();

    @Test
    void everyEventTypeHasASample() {
        assertThat(SampleEvents.all()).hasSize(EventType.values().length);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void roundTripsEveryEventType(EventType type) {
        DomainEvent event = SampleEvents.all().get(type);
        String json = codec.encode(event);

        assertThat(json).startsWith("{\"type\":\"" + type.wireName() + "\"");
        assertThat(codec.decode(json)).isEqualTo(event);
        assertThat(codec.decode(json, type.wireName())).isEqualTo(event);
        assertThat(codec.decode(json, type.recordClass())).isEqualTo(event);
        assertThat(codec.encode(codec.decode(json))).isEqualTo(json);
        assertThat(event.type()).isEqualTo(type);
        assertThat(type.topic()).isIn(Topics.ALL.stream().map(Topics.Topic::name).toList());
    }

    @Test
    void keysAreTheEntityIdsOfTheTopicTable() {
        var all = SampleEvents.all();
        assertThat(all.get(EventType.FREELANCER_UPSERTED).key()).isEqualTo("f-1");
        assertThat(all.get(EventType.CONTRACT_AWARDED).key()).isEqualTo("p-1");
        assertThat(all.get(EventType.CONTRACT_COMPLETED).key()).isEqualTo("p-1");
        assertThat(all.get(EventType.LEARNING_ATTEMPTED).key()).isEqualTo("l-1");
        assertThat(all.get(EventType.SUCCESS_PREDICTED).key()).isEqualTo("p-1");
        assertThat(all.get(EventType.PORTFOLIO_GENERATED).key()).isEqualTo("f-1");
    }

    @Test
    void optionalReasonsMayBeLeftOut() {
        String json = "{\"type\":\"ai.talent.match.recommended.v1\",\"eventId\":\"e\",\"occurredAt\":\"2026-01-01T00:00:00Z\","
                + "\"projectId\":\"p\",\"modelVersion\":\"v1\",\"recommendations\":[{\"freelancerId\":\"f\","
                + "\"score\":1,\"rank\":1}]}";
        MatchRecommended event = codec.decode(json, MatchRecommended.class);
        assertThat(event.recommendations().get(0).reasons()).isEmpty();
    }

    @Test
    void ignoresUnknownProperties() {
        ObjectNode tree = codec.encodeTree(SampleEvents.all().get(EventType.FREELANCER_DELETED));
        tree.put("addedLater", 42);
        assertThat(codec.decode(codec.write(tree))).isEqualTo(SampleEvents.all().get(EventType.FREELANCER_DELETED));
    }

    @Test
    void rejectsTextThatIsNotJson() {
        assertRejected("{\"type\": \"freelancer.deleted\", ", "$", "not valid JSON");
        assertRejected("", "$", "empty");
        assertRejected("[1,2]", "$", "must be a JSON object");
        assertRejected("{\"type\":\"freelancer.deleted\"} trailing", "$", "not valid JSON");
    }

    @Test
    void rejectsUnknownOrMissingType() {
        assertRejected("{\"type\":\"freelancer.exploded\",\"eventId\":\"e\"}", "type", "unknown event type");
        assertRejected("{\"eventId\":\"e\"}", "type", "is required");
        assertRejected("{\"type\":7}", "type", "must be a string");
    }

    @Test
    void rejectsMissingFieldsNamingThePath() {
        assertRejected(withoutField("freelancer", "hourlyRate"), "freelancer.hourlyRate", "is required");
        assertRejected(withoutField("freelancer.skills[0]", "level"), "freelancer.skills[0].level", "is required");
        assertRejected(withoutField("", "eventId"), "eventId", "is required");
        assertRejected(withoutField("", "occurredAt"), "occurredAt", "is required");
    }

    @Test
    void rejectsWrongValueTypes() {
        assertRejected(freelancerWith("freelancer.skills[0]", "level", "\"five\""), "freelancer.skills[0].level",
                "must be an integer, was string \"five\"");
        assertRejected(freelancerWith("freelancer", "remoteOk", "\"yes\""), "freelancer.remoteOk",
                "must be true or false");
        assertRejected(freelancerWith("freelancer", "skills", "{}"), "freelancer.skills", "must be an array");
        assertRejected(freelancerWith("freelancer", "region", "\"MARS\""), "freelancer.region", "must be one of");
        assertRejected(freelancerWith("", "occurredAt", "\"yesterday\""), "occurredAt", "RFC 3339");
        assertRejected(freelancerWith("freelancer", "hourlyRate", "45000"), "freelancer.hourlyRate",
                "must be an object");
    }

    @Test
    void rejectsOutOfRangeValuesWithAnActionableMessage() {
        assertThatThrownBy(() -> codec.decode(freelancerWith("freelancer.hourlyRate", "amount", "-5")))
                .isInstanceOf(EventDecodingException.class)
                .hasMessage("freelancer.hourlyRate.amount: must be ≥ 0, was -5");
        assertRejected(freelancerWith("freelancer.hourlyRate", "currency", "\"USD\""),
                "freelancer.hourlyRate.currency", "must be KRW");
        assertRejected(freelancerWith("freelancer.skills[1]", "level", "6"), "freelancer.skills[1].level",
                "must be 1–5, was 6");
        assertRejected(freelancerWith("freelancer", "ratingAverage", "6.5"), "freelancer.ratingAverage",
                "1–5");
        assertRejected(freelancerWith("freelancer", "id", "\"  \""), "freelancer.id", "must not be empty");
        String completed = codec.encode(SampleEvents.all().get(EventType.CONTRACT_COMPLETED))
                .replace("\"clientRating\":4", "\"clientRating\":0");
        assertRejected(completed, "clientRating", "must be 1–5, was 0");
    }

    @Test
    void readsNoScalarAsAnotherKind() {
        assertRejected(freelancerWith("freelancer", "id", "5"), "freelancer.id", "must be a string, was number 5");
        assertRejected(freelancerWith("freelancer.skills[0]", "level", "4.5"), "freelancer.skills[0].level",
                "must be an integer, was number 4.5");
        assertRejected(freelancerWith("freelancer.skills[0]", "level", "\"4\""), "freelancer.skills[0].level",
                "must be an integer, was string \"4\"");
        assertRejected(freelancerWith("freelancer.skills[0]", "level", "10000000000"), "freelancer.skills[0].level",
                "must be an integer");
        assertRejected(freelancerWith("freelancer.skills[0]", "years", "\"5\""), "freelancer.skills[0].years",
                "must be a number");
        assertRejected(freelancerWith("freelancer", "remoteOk", "1"), "freelancer.remoteOk", "must be true or false");
        assertRejected(freelancerWith("freelancer", "region", "0"), "freelancer.region", "must be one of");
        assertRejected(freelancerWith("freelancer", "region", "\"seoul\""), "freelancer.region", "must be one of");
        assertRejected(freelancerWith("", "occurredAt", "1700000000"), "occurredAt", "RFC 3339");
        assertRejected(freelancerWith("freelancer", "spokenLanguages", "[\"ko\",3]"), "freelancer.spokenLanguages[1]",
                "must be a string");
    }

    @Test
    void nullIsMissingForRequiredValuesAndListItems() {
        assertRejected(freelancerWith("freelancer.skills[0]", "level", "null"), "freelancer.skills[0].level",
                "is required");
        assertRejected(freelancerWith("freelancer", "hourlyRate", "null"), "freelancer.hourlyRate", "is required");
        assertRejected(freelancerWith("freelancer", "spokenLanguages", "[\"ko\",null]"),
                "freelancer.spokenLanguages[1]", "must not be null");
    }

    @Test
    void acceptsTimestampsWithAnOffset() {
        FreelancerUpserted decoded = (FreelancerUpserted) codec.decode(
                freelancerWith("", "occurredAt", "\"2026-03-01T18:30:00.123+09:00\""));
        assertThat(decoded.occurredAt()).isEqualTo(SampleEvents.T);
    }

    @Test
    void wireNamesComeFromJsonPropertyNotFromTheJavaName() {
        record Renamed(@JsonProperty("hourly_rate") long hourlyRateKrw) {
        }
        assertThat(codec.encodeValue(new Renamed(5))).isEqualTo("{\"hourly_rate\":5}");
        assertThat(codec.decodeValue("{\"hourly_rate\":7}", Renamed.class)).isEqualTo(new Renamed(7));
        assertThatThrownBy(() -> codec.decodeValue("{\"hourlyRateKrw\":7}", Renamed.class))
                .isInstanceOfSatisfying(EventDecodingException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("hourly_rate: is required"));
    }

    @Test
    void typesAreNamespacedAndVersioned() {
        assertThat(EventType.FREELANCER_UPSERTED.wireName()).isEqualTo("ai.talent.freelancer.upserted.v1");
        assertThat(EventType.LEARNING_PATH_UPDATED.wireName()).isEqualTo("ai.talent.learning-path.updated.v1");
        assertThat(EventType.FREELANCER_UPSERTED.dataSchema())
                .hasToString("urn:talent-ai:schema:ai.talent.freelancer.upserted.v1");
    }

    @Test
    void rejectsAnUnknownVersionOrAnUnversionedName() {
        String v1 = codec.encode(SampleEvents.all().get(EventType.FREELANCER_DELETED));
        String v2 = v1.replace(".v1\"", ".v2\"");
        assertRejected(v2, "type", "unknown version v2 of freelancer.deleted");
        assertRejected(v1.replace("ai.talent.freelancer.deleted.v1", "freelancer.deleted"), "type",
                "did you mean ai.talent.freelancer.deleted.v1");
        assertThatThrownBy(() -> codec.decode(v1, "ai.talent.freelancer.deleted.v2"))
                .isInstanceOfSatisfying(EventDecodingException.class, e -> {
                    assertThat(e.field()).isEqualTo(CloudEventHeaders.TYPE);
                    assertThat(e.reason()).contains("unknown version v2").contains("reads ai.talent.freelancer.deleted.v1");
                });
    }

    @Test
    void rejectsAHeaderTypeThatDisagreesWithTheBody() {
        String json = codec.encode(SampleEvents.all().get(EventType.PROJECT_POSTED));
        assertThatThrownBy(() -> codec.decode(json, EventType.PROJECT_UPDATED.wireName()))
                .isInstanceOfSatisfying(EventDecodingException.class, e -> {
                    assertThat(e.field()).isEqualTo("type");
                    assertThat(e.reason()).contains("ai.talent.project.posted.v1").contains("ai.talent.project.updated.v1");
                });
        assertThatThrownBy(() -> codec.decode(json, "no.such.type"))
                .isInstanceOfSatisfying(EventDecodingException.class,
                        e -> assertThat(e.field()).isEqualTo(CloudEventHeaders.TYPE));
        assertThatThrownBy(() -> codec.decode(json, ProjectClosed.class))
                .isInstanceOfSatisfying(EventDecodingException.class, e -> assertThat(e.field()).isEqualTo("type"));
    }

    @Test
    void roundTripsAndValidatesPlainRecords() {
        Client client = new Client("c-1", "한빛소프트", Region.BUSAN, "fintech", 3, 4.5, true);
        String json = codec.encodeValue(client);
        assertThat(codec.decodeValue(json, Client.class)).isEqualTo(client);
        assertThatThrownBy(() -> codec.decodeValue(json.replace("4.5", "0.5"), Client.class))
                .isInstanceOfSatisfying(EventDecodingException.class,
                        e -> assertThat(e.field()).isEqualTo("averageRatingGiven"));
    }

    @Test
    void storedRecordsDecodeAsTheTreePathDecodesThemAndStillValidate() {
        for (Record value : List.of(SampleEvents.freelancer(), SampleEvents.project(),
                new Client("c-1", "한빛소프트", Region.BUSAN, "fintech", 3, 4.5, true))) {
            String json = codec.encodeValue(value);
            assertThat(codec.decodeStored(json, value.getClass())).isEqualTo(value)
                    .isEqualTo(codec.decodeValue(json, value.getClass()));
        }
        String client = codec.encodeValue(new Client("c-1", "한빛소프트", Region.BUSAN, "fintech", 3, 4.5, true));
        assertThatThrownBy(() -> codec.decodeStored(client.replace("4.5", "0.5"), Client.class))
                .isInstanceOfSatisfying(EventDecodingException.class, e -> assertThat(e.field()).isEqualTo("$"));
        assertThatThrownBy(() -> codec.decodeStored("{\"id\":", Client.class))
                .isInstanceOf(EventDecodingException.class);
    }

    private void assertRejected(String json, String field, String reasonPart) {
        assertThatThrownBy(() -> codec.decode(json))
                .isInstanceOfSatisfying(EventDecodingException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.reason()).contains(reasonPart);
                    assertThat(e.getMessage()).startsWith(field + ": ");
                });
    }

    private String withoutField(String objectPath, String field) {
        ObjectNode tree = codec.encodeTree(SampleEvents.all().get(EventType.FREELANCER_UPSERTED));
        ((ObjectNode) at(tree, objectPath)).remove(field);
        return codec.write(tree);
    }

    private String freelancerWith(String objectPath, String field, String rawJson) {
        ObjectNode tree = codec.encodeTree(SampleEvents.all().get(EventType.FREELANCER_UPSERTED));
        ((ObjectNode) at(tree, objectPath)).set(field, codec.parse("{\"v\":" + rawJson + "}").get("v"));
        return codec.write(tree);
    }

    private static com.fasterxml.jackson.databind.JsonNode at(ObjectNode tree, String path) {
        com.fasterxml.jackson.databind.JsonNode node = tree;
        if (path.isEmpty()) {
            return node;
        }
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            if (bracket >= 0) {
                node = node.get(part.substring(0, bracket))
                        .get(Integer.parseInt(part.substring(bracket + 1, part.length() - 1)));
            } else {
                node = node.get(part);
            }
        }
        return node;
    }
}
