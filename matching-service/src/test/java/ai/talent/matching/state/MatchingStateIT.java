package ai.talent.matching.state;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.FeatureContribution;
import ai.talent.domain.event.SuccessPredicted;
import ai.talent.domain.model.ContractOutcome;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.model.SkillRequirement;
import ai.talent.service.testing.RestartAndScaleOutScenario;
import ai.talent.service.testing.SampleEvents;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Matching's packaged application restarted from its state folder and run twice against one broker: catalogs
 * (freelancers, projects) and keyed state (hires and predictions per project) answer alike.
 */
class MatchingStateIT extends RestartAndScaleOutScenario {

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
        views.add(View.catalog("/v1/projects/" + projects.getFirst() + "/matches", okWith(expert, junior))
                .comparedAs(RestartAndScaleOutScenario::withoutCandidateCount));
        views.add(View.post("/v1/matches", "{\"requiredSkills\":[{\"skillId\":\"" + skill("ktor") + "\",\"minLevel\":3}],"
                + "\"budgetType\":\"HOURLY\",\"budgetKrw\":50000,\"durationWeeks\":4}", okWith(expert))
                .comparedAs(RestartAndScaleOutScenario::withoutCandidateCount));
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
                View.keyed("/v1/projects/" + projectId, okWith(projectId, awarded.contract().id())));
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
