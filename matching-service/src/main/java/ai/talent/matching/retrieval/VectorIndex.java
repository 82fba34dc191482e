package ai.talent.matching.retrieval;

import ai.talent.service.state.catalog.CatalogCheckpoint;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * An index of entities with their tower vectors (freelancers, or open projects): embedded Lucene HNSW on local
 * disk, or Elasticsearch kNN, one contract. The write side has the shape of a catalog store: entities arrive as
 * JSON by id, are embedded and become searchable at {@link #publish()}, and become durable together with the
 * checkpoint of the topic offsets they reflect at {@link #commit(CatalogCheckpoint)}, so that a restart keeps the index.
 */
public interface VectorIndex<T extends Record> extends AutoCloseable {

    /** {@code lucene} or {@code elasticsearch}. */
    String backend();

    IndexedKind<T> kind();

    /** Adds or replaces an entity; embedded and searchable after {@link #publish()}. */
    void upsert(String id, String json);

    /** Adds or replaces entities whose vectors are known already (a bulk load, a re-embedding). */
    void upsertEmbedded(List<T> entities, float[][] vectors);

    void delete(String id);

    void deleteAll();

    /** Embeds what was upserted since the last call and makes every change visible to searches. */
    void publish();

    /** Durably stores the changes so far with the checkpoint (published first), atomically. */
    void commit(CatalogCheckpoint checkpoint);

    /** The checkpoint of the last commit ({@link CatalogCheckpoint#EMPTY} for a new index). */
    CatalogCheckpoint checkpoint();

    /** An entity's JSON, including changes not yet published. */
    Optional<String> get(String id);

    Optional<T> entity(String id);

    /** A published entity's vector. */
    Optional<float[]> vector(String id);

    void forEach(BiConsumer<String, String> idAndJson);

    long count();

    /** Approximate nearest neighbours (HNSW) of a unit vector by cosine, within the filter; best first. */
    List<IndexHit<T>> knn(float[] vector, IndexFilter filter, int k);

    /** The exact nearest neighbours (every vector compared), for checking the approximate search. */
    List<IndexHit<T>> exact(float[] vector, IndexFilter filter, int k);

    /** Entities holding the wanted skills, by the summed weight of the skills matched; best first. */
    List<IndexHit<T>> skillOverlap(List<WantedSkill> skills, IndexFilter filter, int k);

    @Override
    void close();
}
