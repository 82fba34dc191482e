package ai.talent.success.feature;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Money;
import ai.talent.domain.model.Project;
import java.time.Instant;
import java.util.Objects;

/**
 * One (project, freelancer, client) triple as the features see it at a moment: the catalog records, the
 * freelancer's track record and workload, the client's history, and the agreed rate in the project's unit
 * (per hour for an hourly budget, the whole price for a fixed one; null when none is proposed yet).
 */
public record PredictionInput(Project project, Freelancer freelancer, TrackRecord track, ClientHistory client,
                              Workload workload, Money agreedRate, Instant at) {

    public PredictionInput {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(freelancer, "freelancer");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(at, "at");
    }

    /**
     * Reads the triple from the state; the freelancer's own contract is not counted in its workload.
     *
     * @throws UnknownEntityException when the project or the freelancer is not known
     */
    public static PredictionInput from(FeatureState state, String projectId, String freelancerId, Money agreedRate,
                                       String contractId, Instant at) {
        Project project = state.project(projectId)
                .orElseThrow(() -> new UnknownEntityException("project", projectId));
        Freelancer freelancer = state.freelancer(freelancerId)
                .orElseThrow(() -> new UnknownEntityException("freelancer", freelancerId));
        Workload workload = state.workload(freelancerId);
        if (contractId != null) {
            workload = workload.withFinished(contractId);
        }
        return new PredictionInput(project, freelancer, state.trackRecord(freelancerId),
                state.clientHistory(project.clientId()), workload, agreedRate, at);
    }
}
