package ai.talent.matching.market;

import ai.talent.domain.event.ProjectClosed;
import ai.talent.domain.event.ProjectPosted;
import ai.talent.domain.event.ProjectUpdated;
import ai.talent.domain.event.Topics;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Project;
import ai.talent.domain.model.ProjectStatus;
import ai.talent.service.state.catalog.Catalog;
import ai.talent.service.state.catalog.CatalogDefinition;
import ai.talent.service.state.catalog.Catalogs;
import ai.talent.service.state.catalog.StandardCatalogs;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Matching's catalogs, held whole by every replica: the freelancers it ranks and the projects it ranks them for
 * (closed projects stay, with their status, so that their view still answers).
 */
@ApplicationScoped
public class MarketCatalogs {

    /** Every freelancer profile; the candidates of every ranking. */
    @Produces
    @Singleton
    @Startup
    Catalog<Freelancer> freelancers(Catalogs catalogs) {
        return catalogs.open(StandardCatalogs.freelancers());
    }

    /** Every project received, in its latest version and status. */
    @Produces
    @Singleton
    @Startup
    Catalog<Project> projects(Catalogs catalogs) {
        return catalogs.open(CatalogDefinition.of("projects", Topics.PROJECTS, Project.class, (event, projects) -> {
            switch (event) {
                case ProjectPosted e -> projects.put(e.project().id(), e.project());
                case ProjectUpdated e -> projects.put(e.project().id(), e.project());
                // A close may precede its post on another partition's timeline; an unknown project stays unknown.
                case ProjectClosed e -> projects.get(e.projectId()).ifPresent(p ->
                        projects.put(p.id(), p.withStatus(statusAfter(e))));
                default -> {
                }
            }
        }));
    }

    static ProjectStatus statusAfter(ProjectClosed closed) {
        return switch (closed.reason()) {
            case AWARDED -> ProjectStatus.IN_PROGRESS;
            case CANCELLED, EXPIRED -> ProjectStatus.CANCELLED;
        };
    }
}
