package ai.talent.matching.retrieval;

import ai.talent.service.state.catalog.CatalogCheckpoint;
import ai.talent.service.state.catalog.CatalogStore;
import java.util.List;
import java.util.Optional;

/**
 * An index of entities with their tower vectors (freelancers, or open projects): embedded Lucene HNSW on local
 * disk, or Elasticsearch kNN, one contract. It is the store of its catalog (shared-service's
 * {@code Catalogs.open(definition, storeFactory)}): the catalog's follower writes every event into it as JSON by
 * id; entities are embedded and become searchable at {@link #publish()}, and become durable together with the
 * checkpoint of the topic offsets they reflect at {@link #commit(CatalogCheckpoint)}, so that the HNSW graph, the
 * skill terms and the offsets are one atomic commit and a restart resumes from it instead of embedding every
 * entity again.
 */
public interface VectorIndex<T extends Record> extends CatalogStore {

    /** {@code lucene} or {@code elasticsearch}. */
    String backend();

    IndexedKind<T> kind();

    /** Adds or replaces an entity; embedded and searchable after {@link #publish()}. */
    @Override
    void upsert(String id, String json);

    /** Adds or replaces entities whose vectors are known already (a bulk load, a re-embedding). */
    void upsertEmbedded(List<T> entities, float[][] vectors);

    /**
     * Embeds what was upserted since the last call (in batches: one encoder call per batch of records, not per
     * record) and makes every change visible to searches.
     */
    @Override
    void publish();

    /** An entity's JSON, including changes not yet published. */
    @Override
    Optional<String> get(String id);

    Optional<T> entity(String id);

    /** A published entity's vector. */
    Optional<float[]> vector(String id);

    /** Approximate nearest neighbours (HNSW) of a unit vector by cosine, within the filter; best first. */
    List<IndexHit<T>> knn(float[] vector, IndexFilter filter, int k);

    /** The exact nearest neighbours (every vector compared), for checking the approximate search. */
    List<IndexHit<T>> exact(float[] vector, IndexFilter filter, int k);

    /** Entities holding the wanted skills, by the summed weight of the skills matched; best first. */
    List<IndexHit<T>> skillOverlap(List<WantedSkill> skills, IndexFilter filter, int k);
}
