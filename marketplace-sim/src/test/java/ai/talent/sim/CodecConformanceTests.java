package ai.talent.sim;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.EventCodec;
import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.event.LearningAttempted;
import ai.talent.domain.event.ProjectClosed;
import ai.talent.domain.event.ProjectPosted;
import ai.talent.domain.model.Client;
import ai.talent.domain.model.Exercise;
import ai.talent.domain.model.Learner;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodecConformanceTests {

    private final EventCodec codec = new EventCodec();

    @Test
    void everyEventLinePassesTheDomainCodec() throws IOException {
        assertEvents(SimFiles.FREELANCERS, Set.of(FreelancerUpserted.class), FreelancerTruth.class);
        assertEvents(SimFiles.PROJECTS, Set.of(ProjectPosted.class, ProjectClosed.class), ProjectRecordTruth.class);
        assertEvents(SimFiles.CONTRACTS, Set.of(ContractAwarded.class, ContractCompleted.class), ContractTruth.class);
        assertEvents(SimFiles.ATTEMPTS, Set.of(LearningAttempted.class), AttemptTruth.class);
    }

    @Test
    void everyRecordLinePassesTheDomainCodec() throws IOException {
        assertRecords(SimFiles.CLIENTS, "client", Client.class, ClientTruth.class);
        assertRecords(SimFiles.LEARNERS, "learner", Learner.class, LearnerTruth.class);
        assertRecords(SimFiles.EXERCISES, "exercise", Exercise.class, ExerciseTruth.class);
        assertRecords(SimFiles.QUERIES, "query", SimQuery.class, QueryTruth.class);
        assertRecords(SimFiles.QUERIES, "judgment", Judgment.class, JudgmentTruth.class);
    }

    @Test
    void everyContractHasATrueSuccessProbabilityAndEveryProjectItsApplicants() throws IOException {
        for (String line : lines(SimFiles.CONTRACTS)) {
            ContractTruth truth = codec.decodeValueTree(codec.parse(line).get(SimFiles.TRUTH), ContractTruth.class);
            assertThat(truth.successProbability()).isBetween(0.0, 1.0);
        }
        Set<String> hiredInProjects = new HashSet<>();
        for (String line : lines(SimFiles.PROJECTS)) {
            JsonNode truth = codec.parse(line).get(SimFiles.TRUTH);
            if (truth != null) {
                ProjectRecordTruth t = codec.decodeValueTree(truth, ProjectRecordTruth.class);
                assertThat(t.applicants()).isNotEmpty();
                t.applicants().stream().filter(Applicant::hired).forEach(a -> hiredInProjects.add(a.freelancerId()));
            }
        }
        Set<String> contracted = new HashSet<>();
        for (String line : lines(SimFiles.CONTRACTS)) {
            DomainEvent e = codec.decodeTree(codec.parse(line).get(SimFiles.EVENT));
            if (e instanceof ContractAwarded a) {
                contracted.add(a.contract().freelancerId());
            }
        }
        assertThat(contracted).isEqualTo(hiredInProjects).isNotEmpty();
    }

    private void assertEvents(String file, Set<Class<?>> types, Class<? extends Record> truthType) throws IOException {
        List<String> lines = lines(file);
        assertThat(lines).as(file).isNotEmpty();
        Set<String> eventIds = new HashSet<>();
        for (String line : lines) {
            JsonNode node = codec.parse(line);
            DomainEvent event = codec.decodeTree(node.get(SimFiles.EVENT));
            assertThat(types).as(file).contains(event.getClass());
            assertThat(eventIds.add(event.eventId())).as("unique event id in " + file).isTrue();
            assertThat(codec.decode(codec.encode(event))).isEqualTo(event);
            if (node.has(SimFiles.TRUTH)) {
                codec.decodeValueTree(node.get(SimFiles.TRUTH), truthType);
            }
        }
    }

    private <T extends Record> void assertRecords(String file, String name, Class<T> type,
                                                  Class<? extends Record> truthType) throws IOException {
        List<String> lines = lines(file);
        assertThat(lines).as(file).isNotEmpty();
        int matched = 0;
        for (String line : lines) {
            JsonNode node = codec.parse(line);
            if (!node.has(name)) {
                continue;
            }
            matched++;
            T value = codec.decodeValueTree(node.get(name), type);
            assertThat(codec.encodeValue(value)).isEqualTo(codec.write(node.get(name)));
            if (truthType != null) {
                codec.decodeValueTree(node.get(SimFiles.TRUTH), truthType);
            }
        }
        assertThat(matched).as(file + " " + name).isPositive();
    }

    private static List<String> lines(String file) throws IOException {
        return Files.readAllLines(SmallMarket.dir().resolve(file));
    }
}
