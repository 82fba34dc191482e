package ai.talent.search.catalog;

import ai.talent.domain.event.ProjectClosed;
import ai.talent.domain.event.ProjectPosted;
import ai.talent.domain.event.ProjectUpdated;
import ai.talent.domain.event.Topics;
import ai.talent.domain.model.Project;
import ai.talent.service.state.catalog.Catalog;
import ai.talent.service.state.catalog.CatalogDefinition;
import ai.talent.service.state.catalog.Catalogs;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Search's state catalog: the open projects, held whole by every replica. The freelancers are not a catalog here:
 * the search index ({@code CatalogIndex}, Lucene or Elasticsearch) is search's freelancers store, written by the
 * consumer group and committed together with the offsets it reflects, so a restart resumes from its checkpoint.
 */
@ApplicationScoped
public class SearchCatalogs {

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
