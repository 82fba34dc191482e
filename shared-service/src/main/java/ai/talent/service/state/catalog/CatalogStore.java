package ai.talent.service.state.catalog;

import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Where a catalog's documents live: each entity's JSON by its id, committed atomically with the checkpoint (the
 * topic offsets the documents reflect), so that a restart resumes exactly where the last commit left off. The
 * seam between a catalog and its engine: {@link LuceneCatalogStore} is the default (a Lucene index on local
 * disk); a service that needs its own index (analysed text, vectors, a searcher; or a search engine elsewhere)
 * implements the same operations and passes its factory to {@link Catalogs#open(CatalogDefinition,
 * java.util.function.Function)}.
 *
 * <p>The contract the follower relies on, and that every implementation keeps:
 * <ul>
 *   <li><b>Atomic commit.</b> {@link #commit} makes the documents written so far and the checkpoint durable in one
 *       step: after a crash the store holds the documents and the checkpoint of the same commit. What must never
 *       happen is a checkpoint ahead of its documents (the events in between would be lost). An engine without
 *       multi-document transactions (Elasticsearch) keeps the contract by ordering: documents durable first, the
 *       checkpoint last; documents ahead of their checkpoint are harmless, since the follower replays the events
 *       after the checkpoint in order and upserts by id. Nothing is durable without a commit: {@link #close} does
 *       not commit, and neither does {@link #publish()}.</li>
 *   <li><b>Restore.</b> {@link #checkpoint()} returns exactly the checkpoint of the last successful commit (also
 *       after the process restarted), or {@link CatalogCheckpoint#EMPTY} for a store never committed; the follower
 *       seeks to its offsets and skips the event ids it lists.</li>
 *   <li><b>Visibility.</b> {@link #publish()} makes every write so far visible to {@link #forEach} and
 *       {@link #count} (and to whatever searches the engine offers); the follower publishes after each batch and
 *       before it reports the catalog caught up, so a ready catalog shows everything up to its start-time end
 *       offsets. {@link #get} also sees the writer's unpublished changes, so an update reading its entity always
 *       reads the latest version.</li>
 *   <li><b>Threads.</b> One thread writes (the catalog's follower: upsert, delete, deleteAll, publish, commit);
 *       any thread reads, concurrently with it.</li>
 *   <li><b>Exclusive.</b> A store on local disk refuses a second process on the same folder at once, naming it.</li>
 *   <li><b>Failure.</b> An engine failure is thrown (unchecked), never swallowed: the follower then stops
 *       reading, reports the catalog not ready, calls {@link #recover()}, and starts again from the last committed
 *       checkpoint, so a failed write is replayed, never skipped.</li>
 * </ul>
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

    /**
     * Makes the store writable again after a failure that closed its engine for good (Lucene closes its writer when
     * a flush fails, e.g. on a full disk): reopens it on the last commit, so that {@link #checkpoint()} and the
     * documents agree and the follower's replay from that checkpoint restores what was lost. Does nothing when the
     * engine is usable; throws while it cannot be reopened (the follower tries again later). Called by the writer
     * thread before it starts again from the checkpoint.
     */
    default void recover() {
    }

    /**
     * Called by the follower once it has read to the end offsets it found at start and committed them (the catalog
     * turns ready), on its thread: a store may then make itself faster to read in the background (search's index
     * merges the segments a catch-up left into one). Must return at once; does nothing by default.
     */
    default void caughtUp() {
    }

    /** Releases the engine's files without committing (the follower commits before it closes the store). */
    @Override
    void close();
}
