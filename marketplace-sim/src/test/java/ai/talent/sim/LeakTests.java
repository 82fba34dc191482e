package ai.talent.sim;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.event.CloudEventHeaders;
import ai.talent.domain.event.EventCodec;
import ai.talent.domain.event.EventType;
import ai.talent.sim.harness.TracingQuestion;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** Nothing a model may not know reaches what it reads: event bodies carry no truth, queries no intent, questions no answer. */
class LeakTests {

    private static final List<Class<? extends Record>> TRUTH = List.of(FreelancerTruth.class, ClientTruth.class,
            ProjectRecordTruth.class, ContractTruth.class, LearnerTruth.class, ExerciseTruth.class, AttemptTruth.class,
            QueryTruth.class, JudgmentTruth.class, FitBreakdown.class);

    /** Field names of the truth records that no event record has. */
    private static Set<String> truthOnlyNames() {
        Set<String> truth = new HashSet<>();
        TRUTH.forEach(t -> names(t, truth));
        Set<String> contract = new HashSet<>();
        for (EventType type : EventType.values()) {
            names(type.recordClass(), contract);
        }
        truth.removeAll(contract);
        return truth;
    }

    private static void names(Class<?> type, Set<String> into) {
        if (!type.isRecord()) {
            return;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            into.add(c.getName());
            names(c.getType(), into);
            Type generic = c.getGenericType();
            if (generic instanceof ParameterizedType p) {
                Arrays.stream(p.getActualTypeArguments()).filter(a -> a instanceof Class<?>)
                        .forEach(a -> names((Class<?>) a, into));
            }
        }
    }

    private static void fieldNames(JsonNode node, Set<String> into) {
        if (node.isObject()) {
            Iterator<String> it = node.fieldNames();
            while (it.hasNext()) {
                String name = it.next();
                into.add(name);
                fieldNames(node.get(name), into);
            }
        } else if (node.isArray()) {
            node.forEach(child -> fieldNames(child, into));
        }
    }

    @Test
    void theTruthRecordsHaveNamesNoEventUses() {
        // role, seniority, domain, craft, reliability, compatibility, fit, mastery ... are truth only
        assertThat(truthOnlyNames()).contains("roleEn", "seniority", "domains", "craft", "reliability",
                "compatibility", "fit", "successProbability", "complexity", "hoursPerWeek", "intent",
                "masteryBefore", "correctProbability", "quality", "trueSkills");
    }

    @Test
    void eventBodiesInTheFilesCarryNoTruthField() throws IOException {
        Set<String> truthOnly = truthOnlyNames();
        EventCodec codec = new EventCodec();
        int events = 0;
        for (String file : List.of(SimFiles.FREELANCERS, SimFiles.PROJECTS, SimFiles.CONTRACTS, SimFiles.ATTEMPTS)) {
            for (String line : Files.readAllLines(SmallMarket.dir().resolve(file))) {
                JsonNode event = codec.parse(line).get(SimFiles.EVENT);
                Set<String> names = new HashSet<>();
                fieldNames(event, names);
                assertThat(names).as(file).doesNotContainAnyElementsOf(truthOnly);
                events++;
            }
        }
        assertThat(events).isGreaterThan(1000);
    }

    @Test
    void eventsPublishedToKafkaCarryNoTruthField() {
        Set<String> truthOnly = truthOnlyNames();
        EventCodec codec = new EventCodec();
        MockProducer<String, String> producer = new MockProducer<>(true, null, new StringSerializer(),
                new StringSerializer());
        try (LivePublisher publisher = new LivePublisher(producer, 0, Long.MAX_VALUE)) {
            publisher.replay(new Marketplace(SimConfig.of(40, 15, 3, 9).withQueries(0)), Progress.silent());
        }
        for (ProducerRecord<String, String> r : producer.history()) {
            Set<String> names = new HashSet<>();
            fieldNames(codec.parse(r.value()), names);
            assertThat(names).doesNotContainAnyElementsOf(truthOnly);
            r.headers().forEach(h -> assertThat(new String(h.value(), StandardCharsets.UTF_8))
                    .doesNotContain("truth"));
            assertThat(r.headers().lastHeader(CloudEventHeaders.TYPE)).isNotNull();
        }
        assertThat(producer.history()).hasSizeGreaterThan(100);
    }

    @Test
    void aQueryIsOnlyItsTextTheIntentIsTruth() throws IOException {
        assertThat(Arrays.stream(SimQuery.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("id", "text", "language");
        EventCodec codec = new EventCodec();
        int queries = 0;
        for (String line : Files.readAllLines(SmallMarket.dir().resolve(SimFiles.QUERIES))) {
            JsonNode node = codec.parse(line);
            if (node.has(SimFiles.QUERY)) {
                assertThat(node.get(SimFiles.QUERY).has("intent")).isFalse();
                assertThat(node.get(SimFiles.TRUTH).has("intent")).isTrue();
                queries++;
            }
        }
        assertThat(queries).isEqualTo(SmallMarket.CONFIG.queries());
    }

    @Test
    void aTracerIsAskedWithoutTheAnswerOrItsDuration() {
        assertThat(Arrays.stream(TracingQuestion.class.getRecordComponents()).map(RecordComponent::getName))
                .doesNotContain("correct", "durationSeconds", "outcome");
    }

    @Test
    void profilesCarryNoRoleSeniorityDomainOrCraftField() {
        Set<String> names = new HashSet<>();
        names(ai.talent.domain.model.Freelancer.class, names);
        names(ai.talent.domain.model.Project.class, names);
        assertThat(names).doesNotContain("role", "roleEn", "seniority", "domain", "domains", "craft", "complexity",
                "hoursPerWeek", "reliability");
    }
}
