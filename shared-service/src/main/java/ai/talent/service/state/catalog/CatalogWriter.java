package ai.talent.service.state.catalog;

import java.util.Optional;

/** What a catalog's updater may do with the catalog while it applies one event. */
public interface CatalogWriter<T> {

    void put(String id, T entity);

    void remove(String id);

    /** The entity as it stands, including changes made by earlier events of the same batch. */
    Optional<T> get(String id);
}
