package ai.talent.tutoring.state;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.model.ContractOutcome;
import ai.talent.domain.model.SkillLevel;
import ai.talent.service.testing.RestartAndScaleOutScenario;
import ai.talent.service.testing.SampleEvents;
import java.util.ArrayList;
import java.util.List;

/**
 * Tutoring's packaged application restarted from its state folder and run twice against one broker: learners'
 * paths (keyed state, with practice from the global exercises store), freelancers' portfolios (keyed state) and
 * path previews answer alike.
 */
class TutoringStateIT extends RestartAndScaleOutScenario {

    private final String run = SampleEvents.newId("it");

    @Override
    protected String service() {
        return "tutoring-service";
    }

    @Override
    protected boolean hasKeyedState() {
        return true;
    }

    @Override
    protected boolean hasCatalogs() {
        return false;
    }

    @Override
    protected List<View> feedBeforeRestart() {
        List<DomainEvent> sent = new ArrayList<>();
        List<View> views = new ArrayList<>();
        for (String learner : keysOnEveryPartition(run + "-l", 4)) {
            sent.add(SampleEvents.attempt(learner, run + "-sql-1", List.of("sql"), false));
            sent.add(SampleEvents.attempt(learner, run + "-sql-2", List.of("sql"), true));
            views.add(View.keyed("/v1/learners/" + learner + "/path", okWith("\"attempts\":2", run + "-sql-1")));
            // the packaged application has no trained model in its state folder: the BKT fallback answers, saying so
            views.add(View.keyed("/v1/learners/" + learner + "/mastery", okWith("\"attempts\":2",
                    "\"model\":\"bkt-fallback\"")));
            // reads with a query string keep it when forwarded to the replica owning the learner
            views.add(View.keyed("/v1/learners/" + learner + "/next-exercises?min=0.5&max=0.95&limit=3",
                    okWith("\"bandLow\":0.5", "\"bandHigh\":0.95", run + "-sql-1")));
            views.add(View.keyed("/v1/learners/" + learner + "/learning-path?goal=sql",
                    okWith("\"goalSkills\":[\"sql\"]")));
        }
        List<DomainEvent> work = new ArrayList<>();
        for (String freelancer : keysOnEveryPartition(run + "-f", 4)) {
            sent.add(SampleEvents.freelancerUpserted(SampleEvents.freelancer(freelancer, "Figma designer", 40_000,
                    List.of(new SkillLevel("figma", 5, 6)))));
            ContractAwarded awarded = SampleEvents.contractAwarded(run + "-p-" + freelancer, freelancer, 40_000);
            work.add(awarded);
            work.add(SampleEvents.contractCompleted(awarded.contract().id(), awarded.contract().projectId(),
                    freelancer, ContractOutcome.COMPLETED_ON_TIME, 5));
            views.add(View.keyed("/v1/freelancers/" + freelancer + "/portfolio",
                    okWith(awarded.contract().id(), "Figma designer")));
            // a portfolio on request: written by the owner of the work history, the same bytes on either instance
            views.add(View.keyedPost("/v1/portfolios", "{\"freelancerId\":\"" + freelancer + "\",\"language\":\"ko\","
                    + "\"format\":\"markdown\",\"targetRole\":\"UI designer\"}",
                    okWith("피그마", "프로젝트 1건을 완료했고")));
        }
        events.sendAll(sent);
        events.sendAll(work);
        views.add(View.post("/v1/learning-paths/preview", "{\"answers\":[{\"exerciseId\":\"e1\",\"skillIds\":[\"react\"],"
                + "\"correct\":false}]}", okWith("\"nextSteps\"")));
        return views;
    }

    @Override
    protected List<View> feedWhileStopped() {
        String learner = run + "-l-late";
        String freelancer = run + "-f-late";
        ContractAwarded awarded = SampleEvents.contractAwarded(run + "-p-late", freelancer, 50_000);
        events.sendAll(List.of(
                SampleEvents.attempt(learner, run + "-go-1", List.of("go"), true),
                SampleEvents.freelancerUpserted(SampleEvents.freelancer(freelancer, "Go engineer", 50_000,
                        List.of(new SkillLevel("go", 4, 5)))),
                awarded,
                SampleEvents.contractCompleted(awarded.contract().id(), run + "-p-late", freelancer,
                        ContractOutcome.COMPLETED_ON_TIME, 4)));
        return List.of(
                View.keyed("/v1/learners/" + learner + "/path", okWith("\"attempts\":1")),
                View.keyed("/v1/learners/" + learner + "/mastery", okWith("\"attempts\":1")),
                View.keyed("/v1/freelancers/" + freelancer + "/portfolio", okWith(awarded.contract().id())));
    }
}
