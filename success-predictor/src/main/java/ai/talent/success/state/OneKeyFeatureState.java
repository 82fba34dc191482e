package ai.talent.success.state;

import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Project;
import ai.talent.success.feature.ClientHistory;
import ai.talent.success.feature.MutableFeatureState;
import ai.talent.success.feature.StateUpdates;
import ai.talent.success.feature.TrackRecord;
import ai.talent.success.feature.Workload;
import java.util.Optional;
import java.util.function.Function;

/**
 * The feature state of one key of a Kafka Streams store (one freelancer or one client), seen through
 * {@link MutableFeatureState} so that the store's fold is {@link StateUpdates#apply} itself — the function the
 * offline replay runs — and not a second copy of it. Reads of other keys answer empty records and writes to
 * them are dropped: each store keeps its own part, the other store receives the same event under its key.
 */
final class OneKeyFeatureState implements MutableFeatureState {

    private final Function<String, Optional<Project>> projects;
    private FreelancerFeatures freelancer;
    private ClientHistory client;

    private OneKeyFeatureState(Function<String, Optional<Project>> projects, FreelancerFeatures freelancer,
                               ClientHistory client) {
        this.projects = projects;
        this.freelancer = freelancer;
        this.client = client;
    }

    /** The freelancer's features after {@code event}. */
    static FreelancerFeatures apply(FreelancerFeatures current, DomainEvent event,
                                    Function<String, Optional<Project>> projects) {
        OneKeyFeatureState view = new OneKeyFeatureState(projects, current, null);
        StateUpdates.apply(view, event);
        return view.freelancer;
    }

    /** The client's history after {@code event}. */
    static ClientHistory apply(ClientHistory current, DomainEvent event,
                               Function<String, Optional<Project>> projects) {
        OneKeyFeatureState view = new OneKeyFeatureState(projects, null, current);
        StateUpdates.apply(view, event);
        return view.client;
    }

    @Override
    public Optional<Freelancer> freelancer(String id) {
        return Optional.empty();
    }

    @Override
    public Optional<Project> project(String id) {
        // the required skills of a finished contract's project ("similar projects"), from the projects catalog
        return projects.apply(id);
    }

    @Override
    public TrackRecord trackRecord(String freelancerId) {
        return mine(freelancerId) ? freelancer.track() : TrackRecord.empty(freelancerId);
    }

    @Override
    public ClientHistory clientHistory(String clientId) {
        return client != null && client.clientId().equals(clientId) ? client : ClientHistory.empty(clientId);
    }

    @Override
    public Workload workload(String freelancerId) {
        return mine(freelancerId) ? freelancer.workload() : Workload.empty(freelancerId);
    }

    @Override
    public void putFreelancer(Freelancer f) {
        // profiles live in the freelancers catalog
    }

    @Override
    public void removeFreelancer(String id) {
        // profiles live in the freelancers catalog
    }

    @Override
    public void putProject(Project project) {
        // projects live in the projects catalog
    }

    @Override
    public void putTrackRecord(TrackRecord record) {
        if (mine(record.freelancerId())) {
            freelancer = new FreelancerFeatures(freelancer.freelancerId(), record, freelancer.workload());
        }
    }

    @Override
    public void putClientHistory(ClientHistory history) {
        if (client != null && client.clientId().equals(history.clientId())) {
            client = history;
        }
    }

    @Override
    public void putWorkload(Workload workload) {
        if (mine(workload.freelancerId())) {
            freelancer = new FreelancerFeatures(freelancer.freelancerId(), freelancer.track(), workload);
        }
    }

    private boolean mine(String freelancerId) {
        return freelancer != null && freelancer.freelancerId().equals(freelancerId);
    }
}
