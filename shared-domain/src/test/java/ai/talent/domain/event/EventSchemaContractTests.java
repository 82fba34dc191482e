package ai.talent.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The event contracts: every type and version has a committed JSON Schema equal to the one generated from its
 * records, a record change that alters a published schema fails here with what to do, every component has an
 * explicit wire name, and the schemas accept what the codec writes and reject what it rejects.
 */
class EventSchemaContractTests {

    /** Set to true to write new schemas and compatible changes into src/main/resources. */
    static final String UPDATE_PROPERTY = "talent.schemas.update";
    static final String UPDATE_COMMAND = "./mvnw -pl shared-domain test -Dtest=EventSchemaContractTests -D"
            + UPDATE_PROPERTY + "=true";

    private static final Path SCHEMA_DIR = Path.of("src/main/resources").resolve(EventType.SCHEMA_DIRECTORY);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private final EventCodec codec = new EventCodec();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void committedSchemaIsTheOneTheRecordsGenerate(EventType type) throws IOException {
        Path file = SCHEMA_DIR.resolve(type.wireName() + ".json");
        String generated = EventSchemas.text(EventSchemas.generate(type));
        if (!Files.exists(file)) {
            writeOrFail(file, generated, "There is no committed JSON Schema for " + type.wireName() + " (" + file
                    + "); a new event type or version needs one. Run " + UPDATE_COMMAND + " and commit the file.");
            return;
        }
        String committed = Files.readString(file);
        if (committed.equals(generated)) {
            return;
        }
        SchemaChanges changes = SchemaChanges.between(JSON.readTree(committed), JSON.readTree(generated));
        if (!changes.allCompatible()) {
            fail(type.wireName() + " is a published contract and the change to its records breaks it:\n  "
                    + changes.incompatible().stream().map(Object::toString).collect(Collectors.joining("\n  "))
                    + "\nA published version never changes. Undo the change, or keep "
                    + type.recordClass().getSimpleName() + " as it is for v" + type.version() + " and add version "
                    + (type.version() + 1) + ": a new record and an EventType constant (\"" + type.eventName() + "\", "
                    + (type.version() + 1) + ", ...) whose schema " + UPDATE_COMMAND
                    + " then writes; producers move to it while consumers read both (shared-domain/README.md, "
                    + "\"Evolving a contract\").");
        }
        writeOrFail(file, generated, type.wireName() + " changed compatibly ("
                + (changes.none() ? "formatting only" : changes.changes().toString()) + "). Regenerate its schema with "
                + UPDATE_COMMAND + " and commit it together with the record change.");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void dataSchemaNamesTheCommittedSchema(EventType type) {
        JsonNode schema = EventSchemas.resolve(type.dataSchema()).orElseThrow();
        assertThat(schema).isEqualTo(EventSchemas.committed(type));
        assertThat(schema.get("$id").asText()).isEqualTo(type.dataSchema().toString());
        assertThat(schema.at("/properties/type/const").asText()).isEqualTo(type.wireName());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void committedSchemaAcceptsWhatTheCodecWrites(EventType type) {
        Schema schema = SCHEMAS.getSchema(EventSchemas.committed(type).toString());
        JsonNode body = codec.encodeTree(SampleEvents.all().get(type));
        assertThat(schema.validate(body)).isEmpty();
    }

    @Test
    void committedSchemaRejectsWhatTheCodecRejects() {
        Schema schema = SCHEMAS.getSchema(EventSchemas.committed(EventType.FREELANCER_UPSERTED).toString());
        ObjectNode valid = codec.encodeTree(SampleEvents.all().get(EventType.FREELANCER_UPSERTED));

        ObjectNode missing = valid.deepCopy();
        ((ObjectNode) missing.get("freelancer")).remove("hourlyRate");
        ObjectNode wrongEnum = valid.deepCopy();
        ((ObjectNode) wrongEnum.get("freelancer")).put("region", "MARS");
        ObjectNode wrongType = valid.deepCopy();
        ((ObjectNode) wrongType.get("freelancer").get("skills").get(0)).put("level", "five");
        ObjectNode otherVersion = valid.deepCopy().put("type", "ai.talent.freelancer.upserted.v2");

        for (ObjectNode bad : List.of(missing, wrongEnum, wrongType, otherVersion)) {
            List<Error> errors = schema.validate(bad);
            assertThat(errors).as(bad.toString()).isNotEmpty();
        }
    }

    @Test
    void everyComponentOfEveryContractRecordHasAnExplicitWireName() {
        Set<Class<?>> records = new LinkedHashSet<>();
        for (EventType type : EventType.values()) {
            collectRecords(type.recordClass(), records);
        }
        List<String> unnamed = new ArrayList<>();
        for (Class<?> record : records) {
            for (RecordComponent c : record.getRecordComponents()) {
                // @JsonProperty cannot target a record component; Java copies it to the accessor (and field, parameter).
                JsonProperty property = c.getAccessor().getAnnotation(JsonProperty.class);
                if (property == null || property.value().isEmpty()) {
                    unnamed.add(record.getSimpleName() + "." + c.getName());
                }
            }
        }
        assertThat(unnamed)
                .as("record components without @JsonProperty(\"wireName\"): give each an explicit wire name, so "
                        + "that renaming a Java field cannot change the JSON")
                .isEmpty();
        assertThat(records).hasSizeGreaterThan(EventType.values().length);
    }

    @Test
    void aRenamedOrRetypedFieldBreaksTheContractAndANewOptionalOneOrARenamedRecordDoesNot() {
        ObjectNode before = EventSchemas.generate(EventType.FREELANCER_UPSERTED);

        ObjectNode renamed = before.deepCopy();
        ObjectNode freelancer = (ObjectNode) renamed.at("/$defs/Freelancer/properties");
        freelancer.set("hourlyWage", freelancer.remove("hourlyRate"));
        assertThat(SchemaChanges.between(before, renamed).incompatible())
                .extracting(SchemaChanges.Change::pointer)
                .contains("/properties/freelancer/properties/hourlyRate");

        ObjectNode retyped = before.deepCopy();
        ((ObjectNode) retyped.at("/$defs/SkillLevel/properties/level")).put("type", "number");
        assertThat(SchemaChanges.between(before, retyped).allCompatible()).isFalse();

        ObjectNode madeOptional = before.deepCopy();
        ((ArrayNode) madeOptional.at("/$defs/Money/required")).remove(1);
        assertThat(SchemaChanges.between(before, madeOptional).allCompatible()).isFalse();

        ObjectNode renamedRecord = before.deepCopy();
        ObjectNode defs = (ObjectNode) renamedRecord.get("$defs");
        defs.set("Payment", defs.remove("Money"));
        ((ObjectNode) renamedRecord.at("/$defs/Freelancer/properties/hourlyRate")).put("$ref", "#/$defs/Payment");
        assertThat(SchemaChanges.between(before, renamedRecord).none()).isTrue();

        ObjectNode added = before.deepCopy();
        ((ObjectNode) added.at("/$defs/Freelancer/properties")).putObject("portfolioUrl").put("type", "string");
        SchemaChanges addedOptional = SchemaChanges.between(before, added);
        assertThat(addedOptional.none()).isFalse();
        assertThat(addedOptional.allCompatible()).isTrue();

        ((ArrayNode) added.at("/$defs/Freelancer/required")).add("portfolioUrl");
        assertThat(SchemaChanges.between(before, added).allCompatible()).isFalse();
    }

    @Test
    void optionalComponentsAreNotRequiredAndMayBeNull() {
        JsonNode ranked = EventSchemas.committed(EventType.MATCH_RECOMMENDED).at("/$defs/RankedFreelancer");
        assertThat(ranked.get("required")).extracting(JsonNode::asText)
                .containsExactly("freelancerId", "score", "rank");
        assertThat(ranked.at("/properties/reasons/type")).extracting(JsonNode::asText)
                .containsExactly("array", "null");
    }

    private static void collectRecords(Class<?> type, Set<Class<?>> into) {
        if (!type.isRecord() || !into.add(type)) {
            return;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            collectRecords(c.getType(), into);
            Type generic = c.getGenericType();
            if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> item) {
                collectRecords(item, into);
            }
        }
    }

    private static void writeOrFail(Path file, String text, String message) throws IOException {
        if (!Boolean.getBoolean(UPDATE_PROPERTY)) {
            fail(message);
        }
        if (!Files.isDirectory(file.getParent())) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, text);
        System.out.println("wrote " + file);
    }
}
