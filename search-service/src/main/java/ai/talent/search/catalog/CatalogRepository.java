package ai.talent.search.catalog;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Project;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The searchable catalogue built from the freelancers and projects topics. In memory until the search index
 * (Lucene / Elasticsearch) replaces it; consumers start from the earliest offset, so a new group rebuilds it.
 */
@ApplicationScoped
public class CatalogRepository {

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

    public Collection<Freelancer> freelancers() {
        return List.copyOf(freelancers.values());
    }

    public void putProject(Project project) {
        projects.put(project.id(), project);
    }

    public void removeProject(String id) {
        projects.remove(id);
    }

    public Optional<Project> project(String id) {
        return Optional.ofNullable(projects.get(id));
    }
}
