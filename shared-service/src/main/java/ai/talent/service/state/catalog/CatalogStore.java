package ai.talent.service.state.catalog;

import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Where a catalog's documents live: each entity's JSON by its id, committed atomically with the checkpoint (the
 * topic offsets the documents reflect), so that a restart resumes exactly where the last commit left off. The
 * seam between a catalog and its engine: {@link LuceneCatalogStore} is the default (a Lucene index on local
 * disk); a search back end with its own index implements the same six operations.
 *
 * <p>One thread writes (the catalog's follower); any thread reads. A reader sees a write once it is
 * {@link #publish() published}, except {@link #get} which also sees the writer's unpublished changes, so that an
 * update reading its entity always reads the latest version.
 */
public interface CatalogStore extends AutoCloseable {

    /** Adds or replaces the document of {@code id}. */
    void upsert(String id, String json);

    /** Removes the document of {@code id}, if any. */
    void delete(String id);

    /** Removes every document (a checkpoint from another cluster is worthless). */
    void deleteAll();

    /** Makes the changes so far visible to readers; cheap enough to call after every batch of records. */
    void publish();

    /** Durably stores the changes so far together with {@code checkpoint}, atomically. */
    void commit(CatalogCheckpoint checkpoint);

    /** The checkpoint of the last commit, or {@link CatalogCheckpoint#EMPTY} for a new store. */
    CatalogCheckpoint checkpoint();

    Optional<String> get(String id);

    /** Every published document, in no particular order. */
    void forEach(BiConsumer<String, String> idAndJson);

    /** How many documents are published. */
    long count();

    /** Releases the engine's files without committing (the follower commits before it closes the store). */
    @Override
    void close();
}
