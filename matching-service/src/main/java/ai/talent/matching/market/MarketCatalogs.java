package ai.talent.matching.market;

import ai.talent.domain.event.ProjectClosed;
import ai.talent.domain.event.ProjectPosted;
import ai.talent.domain.event.ProjectUpdated;
import ai.talent.domain.event.Topics;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Project;
import ai.talent.domain.model.ProjectStatus;
import ai.talent.matching.retrieval.VectorIndex;
import ai.talent.service.state.catalog.Catalog;
import ai.talent.service.state.catalog.CatalogDefinition;
import ai.talent.service.state.catalog.CatalogUpdater;
import ai.talent.service.state.catalog.Catalogs;
import ai.talent.service.state.catalog.StandardCatalogs;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Matching's catalogs, held whole by every replica, each in its vector index (the HNSW graph of the towers'
 * vectors, skill terms and filter fields beside each entity's JSON): the freelancers it ranks and the projects it
 * ranks for a freelancer (closed projects stay, with their status, so that their view still answers; the
 * open-only filter keeps them out of a freelancer's list). The catalog's follower commits each index with the
 * topic offsets it reflects, so a restart keeps the index and reads only what was published since.
 */
public final class MarketCatalogs {

    /** The folder names under {@code <talent.state.dir>/catalogs/}; not the plain catalogs' (other documents). */
    public static final String FREELANCERS = "freelancer-index";
    public static final String PROJECTS = "project-index";

    private MarketCatalogs() {
    }

    /** A catalog and the vector index that is its store. */
    public record Indexed<T extends Record>(Catalog<T> catalog, VectorIndex<T> index) {
    }

    public static CatalogDefinition<Freelancer> freelancers() {
        return CatalogDefinition.of(FREELANCERS, Topics.FREELANCERS, Freelancer.class,
                StandardCatalogs.freelancers().updater());
    }

    public static CatalogDefinition<Project> projects() {
        CatalogUpdater<Project> updater = (event, projects) -> {
            switch (event) {
                case ProjectPosted e -> projects.put(e.project().id(), e.project());
                case ProjectUpdated e -> projects.put(e.project().id(), e.project());
                // A close may precede its post on another partition's timeline; an unknown project stays unknown.
                case ProjectClosed e -> projects.get(e.projectId()).ifPresent(p ->
                        projects.put(p.id(), p.withStatus(statusAfter(e))));
                default -> {
                }
            }
        };
        return CatalogDefinition.of(PROJECTS, Topics.PROJECTS, Project.class, updater);
    }

    /** Opens {@code definition} with the index {@code open} makes in the catalog's folder as its store. */
    public static <T extends Record> Indexed<T> open(Catalogs catalogs, CatalogDefinition<T> definition,
                                                     Function<Path, VectorIndex<T>> open) {
        AtomicReference<VectorIndex<T>> index = new AtomicReference<>();
        Catalog<T> catalog = catalogs.open(definition, folder -> {
            index.set(open.apply(folder));
            return index.get();
        });
        return new Indexed<>(catalog, index.get());
    }

    static ProjectStatus statusAfter(ProjectClosed closed) {
        return switch (closed.reason()) {
            case AWARDED -> ProjectStatus.IN_PROGRESS;
            case CANCELLED, EXPIRED -> ProjectStatus.CANCELLED;
        };
    }
}
