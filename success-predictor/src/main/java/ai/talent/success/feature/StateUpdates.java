package ai.talent.success.feature;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.FreelancerDeleted;
import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.event.ProjectPosted;
import ai.talent.domain.event.ProjectUpdated;
import ai.talent.domain.model.Project;
import ai.talent.domain.model.SkillRequirement;
import java.util.List;

/**
 * The one way events change feature state, used by the offline replay and by the service alike, so a
 * contract's features are the same whether computed while training or while serving. Events the features do
 * not depend on are ignored.
 */
public final class StateUpdates {

    private StateUpdates() {
    }

    public static void apply(MutableFeatureState state, DomainEvent event) {
        switch (event) {
            case FreelancerUpserted e -> state.putFreelancer(e.freelancer());
            case FreelancerDeleted e -> state.removeFreelancer(e.freelancerId());
            case ProjectPosted e -> {
                state.putProject(e.project());
                state.putClientHistory(state.clientHistory(e.project().clientId()).withProjectPosted());
            }
            case ProjectUpdated e -> state.putProject(e.project());
            case ContractAwarded e -> {
                var c = e.contract();
                state.putWorkload(state.workload(c.freelancerId()).withAwarded(c.id()));
                state.putClientHistory(state.clientHistory(c.clientId()).withAwarded());
            }
            case ContractCompleted e -> {
                List<String> skills = state.project(e.projectId()).map(StateUpdates::requiredSkillIds)
                        .orElse(List.of());
                state.putTrackRecord(state.trackRecord(e.freelancerId()).with(e, skills));
                state.putWorkload(state.workload(e.freelancerId()).withFinished(e.contractId()));
                state.putClientHistory(state.clientHistory(e.clientId()).with(e));
            }
            default -> {
                // other events carry nothing the features read
            }
        }
    }

    static List<String> requiredSkillIds(Project project) {
        return project.requiredSkills().stream().map(SkillRequirement::skillId).toList();
    }
}
