package ai.talent.success.feature;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Project;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Feature state in plain maps, for offline replays (training, evaluation) and tests; not thread-safe. The
 * service keeps the same records in its state stores.
 */
public final class InMemoryFeatureState implements MutableFeatureState {

    private final Map<String, Freelancer> freelancers = new HashMap<>();
    private final Map<String, Project> projects = new HashMap<>();
    private final Map<String, TrackRecord> tracks = new HashMap<>();
    private final Map<String, ClientHistory> clients = new HashMap<>();
    private final Map<String, Workload> workloads = new HashMap<>();

    @Override
    public Optional<Freelancer> freelancer(String id) {
        return Optional.ofNullable(freelancers.get(id));
    }

    @Override
    public Optional<Project> project(String id) {
        return Optional.ofNullable(projects.get(id));
    }

    @Override
    public TrackRecord trackRecord(String freelancerId) {
        return tracks.getOrDefault(freelancerId, TrackRecord.empty(freelancerId));
    }

    @Override
    public ClientHistory clientHistory(String clientId) {
        return clients.getOrDefault(clientId, ClientHistory.empty(clientId));
    }

    @Override
    public Workload workload(String freelancerId) {
        return workloads.getOrDefault(freelancerId, Workload.empty(freelancerId));
    }

    @Override
    public void putFreelancer(Freelancer freelancer) {
        freelancers.put(freelancer.id(), freelancer);
    }

    @Override
    public void removeFreelancer(String id) {
        freelancers.remove(id);
    }

    @Override
    public void putProject(Project project) {
        projects.put(project.id(), project);
    }

    @Override
    public void putTrackRecord(TrackRecord record) {
        tracks.put(record.freelancerId(), record);
    }

    @Override
    public void putClientHistory(ClientHistory history) {
        clients.put(history.clientId(), history);
    }

    @Override
    public void putWorkload(Workload workload) {
        workloads.put(workload.freelancerId(), workload);
    }
}
