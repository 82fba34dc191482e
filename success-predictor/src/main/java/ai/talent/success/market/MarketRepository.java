package ai.talent.success.market;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Project;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The freelancers and projects the success predictor has received, the inputs of its features. In memory: a
 * new consumer group rebuilds it from the compacted topics.
 */
@ApplicationScoped
public class MarketRepository {

    private final Map<String, Freelancer> freelancers = new ConcurrentHashMap<>();
    private final Map<String, Project> projects = new ConcurrentHashMap<>();

    public void putFreelancer(Freelancer freelancer) {
        freelancers.put(freelancer.id(), freelancer);
    }

    public void removeFreelancer(String id) {
        freelancers.remove(id);
    }

    public Optional<Freelancer> freelancer(String id) {
        return Optional.ofNullable(freelancers.get(id));
    }

    public void putProject(Project project) {
        projects.put(project.id(), project);
    }

    public Optional<Project> project(String id) {
        return Optional.ofNullable(projects.get(id));
    }
}
