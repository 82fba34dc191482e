package ai.talent.matching.state;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.FeatureContribution;
import ai.talent.domain.event.MatchRecommended;
import ai.talent.domain.event.RankedFreelancer;
import ai.talent.domain.event.SuccessPredicted;
import ai.talent.domain.model.ContractOutcome;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.model.SkillRequirement;
import ai.talent.matching.exposure.ExposureState;
import ai.talent.matching.market.MarketCatalogs;
import ai.talent.service.testing.RestartAndScaleOutScenario;
import ai.talent.service.testing.SampleEvents;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Matching's packaged application restarted from its state folder and run twice against one broker: catalogs
 * (freelancers, projects: the vector indexes rankings retrieve from; the exposure window of the latest
 * recommendation lists) and keyed state (hires and predictions per project) answer alike; the restart restores the
 * indexes from their commit.
 */
class MatchingStateIT extends RestartAndScaleOutScenario {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path LOG = Path.of("target", "it-logs", "matching-service-a.log");

    private final String run = SampleEvents.newId("it");

    @Override
    protected String service() {
        return "matching-service";
    }

    @Override
    protected boolean hasKeyedState() {
        return true;
    }

    @Override
    protected List<View> feedBeforeRestart() {
        String expert = run + "-expert";
        String junior = run + "-junior";
        List<DomainEvent> sent = new ArrayList<>();
        sent.add(SampleEvents.freelancerUpserted(SampleEvents.freelancer(expert, "Kotlin engineer", 45_000,
                List.of(new SkillLevel(skill("kotlin"), 5, 8), new SkillLevel(skill("ktor"), 4, 4)))));
        sent.add(SampleEvents.freelancerUpserted(SampleEvents.freelancer(junior, "Kotlin developer", 30_000,
                List.of(new SkillLevel(skill("kotlin"), 2, 1)))));
        List<View> views = new ArrayList<>();
        List<String> projects = keysOnEveryPartition(run + "-p", 4);
        for (String projectId : projects) {
            sent.add(SampleEvents.projectPosted(SampleEvents.project(projectId, 50_000,
                    List.of(new SkillRequirement(skill("kotlin"), 3)))));
        }
        events.sendAll(sent);
        List<DomainEvent> outcomes = new ArrayList<>();
        for (String projectId : projects) {
            ContractAwarded awarded = SampleEvents.contractAwarded(projectId, expert, 45_000);
            outcomes.add(awarded);
            outcomes.add(SampleEvents.contractCompleted(awarded.contract().id(), projectId, expert,
                    ContractOutcome.COMPLETED_ON_TIME, 5));
            outcomes.add(prediction(projectId, junior, 0.4));
            views.add(View.keyed("/v1/projects/" + projectId, okWith(awarded.contract().id(), "COMPLETED_ON_TIME",
                    "\"probability\":0.4")));
        }
        events.sendAll(outcomes);
        views.add(View.catalog("/v1/freelancers/" + expert, okWith(expert, "Kotlin engineer")));
        // The exposure cap's counts, folded from the recommendations topic: kept by the restart (the window is
        // restored from its commit) and the same on the second instance (which reads the topic from the start);
        // a redelivered list counts once.
        String exposed = run + "-exposed";
        List<MatchRecommended> lists = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            lists.add(new MatchRecommended(SampleEvents.newId("e"), Instant.now(), run + "-listed-" + i, "it",
                    List.of(new RankedFreelancer(exposed, 1.0, 1, List.of()))));
        }
        lists.add(lists.getFirst());
        events.sendAll(lists);
        views.add(View.catalog("/v1/freelancers/" + exposed + "/exposure", okWith("\"appearances\":3")));
        // Rankings come from the vector indexes (the catalogs' stores): after the restart they answer from the
        // restored HNSW index, and the second instance from its own, alike. The top 2 of a Kotlin project stay the
        // Kotlin freelancers when the Go newcomer arrives while the service is down.
        // (A forwarded read carries no query string: the top 2 are compared instead of asking for 2.)
        views.add(View.keyed("/v1/projects/" + projects.getFirst() + "/matches", okWith(expert, junior))
                .comparedAs(body -> topMatches(body, 2)));
        views.add(View.post("/v1/matches", "{\"requiredSkills\":[{\"skillId\":\"" + skill("ktor") + "\",\"minLevel\":3}],"
                + "\"budgetType\":\"HOURLY\",\"budgetKrw\":50000,\"durationWeeks\":4,\"limit\":1}", okWith(expert))
                .comparedAs(RestartAndScaleOutScenario::withoutCandidateCount));
        // The freelancer's direction ranks from the projects' index; the Go project sent while the service is down
        // ranks below these Kotlin ones.
        views.add(View.catalog("/v1/freelancers/" + expert + "/projects?limit=100",
                okWith(projects.toArray(String[]::new))).comparedAs(body -> topMatches(body, projects.size())));
        return views;
    }

    @Override
    protected List<View> feedWhileStopped() {
        String newcomer = run + "-newcomer";
        String projectId = run + "-p-late";
        ContractAwarded awarded = SampleEvents.contractAwarded(projectId, newcomer, 60_000);
        events.sendAll(List.of(
                SampleEvents.freelancerUpserted(SampleEvents.freelancer(newcomer, "Go engineer", 60_000,
                        List.of(new SkillLevel(skill("go"), 4, 5)))),
                SampleEvents.projectPosted(SampleEvents.project(projectId, 70_000,
                        List.of(new SkillRequirement(skill("go"), 3)))),
                awarded));
        return List.of(
                View.catalog("/v1/freelancers/" + newcomer, okWith(newcomer)),
                // Indexed from the records published while the service was down, on top of the restored index.
                View.post("/v1/matches", "{\"requiredSkills\":[{\"skillId\":\"" + skill("go") + "\",\"minLevel\":3}],"
                        + "\"budgetType\":\"HOURLY\",\"budgetKrw\":70000,\"durationWeeks\":4,\"limit\":1}",
                        okWith(newcomer)),
                View.keyed("/v1/projects/" + projectId, okWith(projectId, awarded.contract().id())));
    }

    /** The first instance's log holds exactly this run's two starts (the scenario appends to it). */
    @BeforeAll
    static void freshLog() throws IOException {
        Files.deleteIfExists(LOG);
    }

    /**
     * The restart kept the vector indexes and the exposure window: each restored the documents of its last commit
     * (freelancers with their vectors, recommendation lists) instead of reading its topic from the start, and no
     * index was embedded again.
     */
    @AfterAll
    static void restartKeptTheIndexes() throws IOException {
        String log = Files.readString(LOG);
        for (String index : List.of(MarketCatalogs.FREELANCERS, MarketCatalogs.PROJECTS, ExposureState.CATALOG)) {
            List<Integer> restored = new ArrayList<>();
            Matcher m = Pattern.compile("Catalog " + index + ": restored (\\d+) documents from its checkpoint")
                    .matcher(log);
            while (m.find()) {
                restored.add(Integer.parseInt(m.group(1)));
            }
            assertThat(restored).as("%s: documents restored at the first start and at the restart", index)
                    .hasSize(2);
            assertThat(restored.getFirst()).isZero();
            assertThat(restored.getLast()).as("%s restored from its commit", index).isGreaterThanOrEqualTo(2);
        }
        assertThat(log).as("no index was embedded again").doesNotContain("embedding its");
    }

    /** The first {@code n} matches of a ranking's JSON, without the candidate count. */
    static String topMatches(String body, int n) {
        try {
            ObjectNode tree = (ObjectNode) JSON.readTree(body);
            ArrayNode matches = (ArrayNode) tree.get("matches");
            while (matches != null && matches.size() > n) {
                matches.remove(matches.size() - 1);
            }
            tree.remove("candidatesConsidered");
            return JSON.writeValueAsString(tree);
        } catch (IOException | ClassCastException e) {
            return body;
        }
    }

    private String skill(String name) {
        return name + "-" + run;
    }

    private static SuccessPredicted prediction(String projectId, String freelancerId, double p) {
        return new SuccessPredicted(UUID.randomUUID().toString(), Instant.now(), projectId, freelancerId, p,
                Math.max(0, p - 0.1), Math.min(1, p + 0.1), 0.1, "baseline-logistic-1",
                List.of(new FeatureContribution("skill_coverage", 0.1)));
    }
}
