package ai.talent.matching.market;

import ai.talent.domain.model.ContractOutcome;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Project;
import ai.talent.domain.model.ProjectStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What matching knows of the marketplace, built from the events it consumed: freelancers, projects, hires and
 * success predictions. In memory: a restart rebuilds it from the compacted topics (consumers start earliest).
 */
@ApplicationScoped
public class MarketRepository {

    private final Map<String, Freelancer> freelancers = new ConcurrentHashMap<>();
    private final Map<String, Project> projects = new ConcurrentHashMap<>();
    private final Map<String, List<Hire>> hiresByProject = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Hire>> hiresByFreelancer = new ConcurrentHashMap<>();
    private final Map<String, PredictedSuccess> predictions = new ConcurrentHashMap<>();

    public void putFreelancer(Freelancer freelancer) {
        freelancers.put(freelancer.id(), freelancer);
    }

    public void removeFreelancer(String freelancerId) {
        freelancers.remove(freelancerId);
    }

    public Optional<Freelancer> freelancer(String id) {
        return Optional.ofNullable(freelancers.get(id));
    }

    public Collection<Freelancer> freelancers() {
        return List.copyOf(freelancers.values());
    }

    public void putProject(Project project) {
        projects.put(project.id(), project);
    }

    /** Marks a project no longer open; unknown projects are ignored (their close may precede their post). */
    public void closeProject(String projectId, ProjectStatus status) {
        projects.computeIfPresent(projectId, (id, p) -> p.withStatus(status));
    }

    public Optional<Project> project(String id) {
        return Optional.ofNullable(projects.get(id));
    }

    public void addHire(Hire hire) {
        byFreelancer(hire);
        hiresByProject.compute(hire.projectId(), (id, hires) -> {
            List<Hire> updated = hires == null ? new ArrayList<>() : new ArrayList<>(hires);
            updated.removeIf(h -> h.contractId().equals(hire.contractId()));
            updated.add(hire);
            return List.copyOf(updated);
        });
    }

    /** Records how a contract ended; a completion for a hire this service never saw is kept as a hire too. */
    public void completeHire(String contractId, String projectId, String freelancerId, ContractOutcome outcome,
                             int clientRating) {
        hiresByProject.compute(projectId, (id, hires) -> {
            List<Hire> updated = hires == null ? new ArrayList<>() : new ArrayList<>(hires);
            Hire known = updated.stream().filter(h -> h.contractId().equals(contractId)).findFirst()
                    .orElse(new Hire(contractId, projectId, freelancerId, 0, null, null, null));
            updated.remove(known);
            Hire done = known.completed(outcome, clientRating);
            updated.add(done);
            byFreelancer(done);
            return List.copyOf(updated);
        });
    }

    private void byFreelancer(Hire hire) {
        hiresByFreelancer.computeIfAbsent(hire.freelancerId(), id -> new ConcurrentHashMap<>())
                .put(hire.contractId(), hire);
    }

    /** A freelancer's hires, in progress and completed (the ranker's workload and track record). */
    public Collection<Hire> hiresOf(String freelancerId) {
        return hiresByFreelancer.getOrDefault(freelancerId, Map.of()).values();
    }

    public Optional<PredictedSuccess> prediction(String projectId, String freelancerId) {
        return Optional.ofNullable(predictions.get(projectId + "/" + freelancerId));
    }

    public List<Hire> hires(String projectId) {
        return hiresByProject.getOrDefault(projectId, List.of());
    }

    public void putPrediction(PredictedSuccess prediction) {
        predictions.put(prediction.projectId() + "/" + prediction.freelancerId(), prediction);
    }

    public List<PredictedSuccess> predictions(String projectId) {
        return predictions.values().stream().filter(p -> p.projectId().equals(projectId)).toList();
    }

    public int freelancerCount() {
        return freelancers.size();
    }

    public int projectCount() {
        return projects.size();
    }
}
