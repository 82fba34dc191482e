package ai.talent.success.state;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.model.ContractOutcome;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.model.SkillRequirement;
import ai.talent.service.testing.RestartAndScaleOutScenario;
import ai.talent.service.testing.SampleEvents;
import java.util.ArrayList;
import java.util.List;

/**
 * The success predictor's packaged application restarted from its state folder and run twice against one broker:
 * predictions on demand (catalogs), the predictions made for contracts and their quality (keyed state) answer
 * alike.
 */
class SuccessStateIT extends RestartAndScaleOutScenario {

    private final String run = SampleEvents.newId("it");
    private final String freelancer = run + "-f";
    private final List<String> projects = keysOnEveryPartition(run + "-p", 4);
    private ContractAwarded pending;

    @Override
    protected String service() {
        return "success-predictor";
    }

    @Override
    protected boolean hasKeyedState() {
        return true;
    }

    @Override
    protected List<View> feedBeforeRestart() {
        List<DomainEvent> sent = new ArrayList<>();
        sent.add(SampleEvents.freelancerUpserted(SampleEvents.freelancer(freelancer, "Java developer", 45_000,
                List.of(new SkillLevel("java", 4, 6)))));
        for (String projectId : projects) {
            sent.add(SampleEvents.projectPosted(SampleEvents.project(projectId, 50_000,
                    List.of(new SkillRequirement("java", 3)))));
        }
        events.sendAll(sent);
        List<View> views = new ArrayList<>();
        List<DomainEvent> contracts = new ArrayList<>();
        for (String projectId : projects) {
            ContractAwarded awarded = SampleEvents.contractAwarded(projectId, freelancer, 45_000);
            contracts.add(awarded);
            contracts.add(SampleEvents.contractCompleted(awarded.contract().id(), projectId, freelancer,
                    ContractOutcome.COMPLETED_ON_TIME, 5));
            views.add(View.keyed("/v1/projects/" + projectId + "/predictions",
                    okWith(awarded.contract().id(), "\"succeeded\":true")));
        }
        // Awarded now, completed while the service is down: its label arrives during the catch-up.
        pending = SampleEvents.contractAwarded(run + "-p-late", freelancer, 45_000);
        contracts.add(SampleEvents.projectPosted(SampleEvents.project(run + "-p-late", 50_000,
                List.of(new SkillRequirement("java", 3)))));
        contracts.add(pending);
        events.sendAll(contracts);
        views.add(View.post("/v1/predictions", "{\"projectId\":\"" + projects.getFirst() + "\",\"freelancerId\":\""
                        + freelancer + "\",\"agreedRateKrw\":45000}", okWith("\"probability\""))
                .comparedAs(body -> body.replaceAll("\"(eventId|occurredAt)\":\"[^\"]*\"", "")));
        // The late project's prediction must be in before the service stops, or it would need the intake after.
        views.add(View.awaited("/v1/projects/" + run + "-p-late/predictions", okWith(pending.contract().id())));
        return views;
    }

    @Override
    protected List<View> feedWhileStopped() {
        events.sendAll(List.of(SampleEvents.contractCompleted(pending.contract().id(), run + "-p-late", freelancer,
                ContractOutcome.DISPUTED, 1)));
        int all = projects.size() + 1;
        return List.of(
                View.keyed("/v1/projects/" + run + "-p-late/predictions", okWith("\"succeeded\":false")),
                View.keyed("/v1/predictions/quality", okWith("\"labelled\":" + all, "\"predictions\":" + all)));
    }
}
