package ai.talent.tutoring.demand;

import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.ProjectPosted;
import ai.talent.domain.event.ProjectUpdated;
import ai.talent.domain.model.Project;
import ai.talent.domain.model.SkillRequirement;
import ai.talent.service.state.keyed.KeyedStateReads;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Demand seen on the {@code projects} topic: the global store {@value #STORE} (every replica holds it whole, over
 * the compacted topic {@code tutoring-service-state-project-demand}), one {@link ProjectDemand} per project posted or
 * updated, kept by the topology. Learning paths weigh skills by it.
 */
@ApplicationScoped
public class DemandCatalog {

    /** The global store's name: project id → {@link ProjectDemand}. */
    public static final String STORE = "project-demand";

    private final KeyedStateReads keyed;

    public DemandCatalog(KeyedStateReads keyed) {
        this.keyed = keyed;
    }

    /** The demand of every project seen so far. */
    public Demand current() {
        ReadOnlyKeyValueStore<String, ProjectDemand> store = keyed.global(STORE);
        List<ProjectDemand> projects = new ArrayList<>();
        try (KeyValueIterator<String, ProjectDemand> all = store.all()) {
            all.forEachRemaining(e -> projects.add(e.value));
        }
        return new Demand(projects);
    }

    /** The demand a project event states, or null for events that state none (a closed project stays counted). */
    public static ProjectDemand of(DomainEvent event) {
        Project project = switch (event) {
            case ProjectPosted e -> e.project();
            case ProjectUpdated e -> e.project();
            default -> null;
        };
        if (project == null) {
            return null;
        }
        return new ProjectDemand(project.id(), project.title(), ids(project.requiredSkills()),
                ids(project.niceToHaveSkills()));
    }

    private static List<String> ids(List<SkillRequirement> skills) {
        return skills == null ? List.of() : skills.stream().map(SkillRequirement::skillId).toList();
    }
}
