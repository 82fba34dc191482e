package ai.talent.success.market;

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

/** The success predictor's catalogs, held whole by every replica: the inputs of its features. */
@ApplicationScoped
public class MarketCatalogs {

    @Produces
    @Singleton
    @Startup
    Catalog<Freelancer> freelancers(Catalogs catalogs) {
        return catalogs.open(StandardCatalogs.freelancers());
    }

    /** Every project as last posted or updated; a closed project keeps its data, contracts on it still need it. */
    @Produces
    @Singleton
    @Startup
    Catalog<Project> projects(Catalogs catalogs) {
        return catalogs.open(CatalogDefinition.of("projects", Topics.PROJECTS, Project.class, (event, projects) -> {
            switch (event) {
                case ProjectPosted e -> projects.put(e.project().id(), e.project());
                case ProjectUpdated e -> projects.put(e.project().id(), e.project());
                default -> {
                }
            }
        }));
    }
}
