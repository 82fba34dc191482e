package ai.talent.search.catalog;

import ai.talent.domain.event.ProjectClosed;
import ai.talent.domain.event.ProjectPosted;
import ai.talent.domain.event.ProjectUpdated;
import ai.talent.domain.event.Topics;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Project;
import ai.talent.service.state.catalog.Catalog;
import ai.talent.service.state.catalog.CatalogDefinition;
import ai.talent.service.state.catalog.Catalogs;
import ai.talent.service.state.catalog.StandardCatalogs;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Search's catalogs, held whole by every replica: the freelancers it searches and the open projects. The
 * search index of the search issue (Lucene or Elasticsearch) will take the freelancers catalog's place behind
 * the same {@code CatalogStore} seam; with Elasticsearch the index is shared by all replicas and written by one
 * consumer group instead.
 */
@ApplicationScoped
public class SearchCatalogs {

    @Produces
    @Singleton
    @Startup
    Catalog<Freelancer> freelancers(Catalogs catalogs) {
        return catalogs.open(StandardCatalogs.freelancers());
    }

    /** Open projects only: a closed project stops being searchable. */
    @Produces
    @Singleton
    @Startup
    Catalog<Project> openProjects(Catalogs catalogs) {
        return catalogs.open(CatalogDefinition.of("open-projects", Topics.PROJECTS, Project.class, (event, projects) -> {
            switch (event) {
                case ProjectPosted e -> projects.put(e.project().id(), e.project());
                case ProjectUpdated e -> projects.put(e.project().id(), e.project());
                case ProjectClosed e -> projects.remove(e.projectId());
                default -> {
                }
            }
        }));
    }
}
