package ai.talent.matching.retrieval;

import ai.talent.service.state.catalog.CatalogCheckpoint;
import ai.talent.service.state.catalog.CatalogStore;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * A vector index as the store of a catalog (shared-service's {@code Catalogs.open(definition, storeFactory)}): the
 * catalog's follower writes every event into the index, publishes it after each batch and commits it with the topic
 * offsets it reflects, so that the HNSW graph, the skill terms and the offsets are one atomic commit and a restart
 * resumes from it instead of embedding every freelancer again.
 *
 * <p>The index is matching's own interface rather than a {@code LuceneCatalogStore} with extra fields because it embeds
 * upserts in batches when they are published (catching up with a topic costs one encoder call per batch, not one
 * per record), re-embeds itself when the promoted encoder changes, and has an Elasticsearch twin behind the same
 * interface; its Lucene implementation ({@link LuceneVectorIndex}) stands on {@code LuceneCatalogStore}.
 */
public final class IndexCatalogStore implements CatalogStore {

    private final VectorIndex<?> index;

    public IndexCatalogStore(VectorIndex<?> index) {
        this.index = index;
    }

    public VectorIndex<?> index() {
        return index;
    }

    @Override
    public void upsert(String id, String json) {
        index.upsert(id, json);
    }

    @Override
    public void delete(String id) {
        index.delete(id);
    }

    @Override
    public void deleteAll() {
        index.deleteAll();
    }

    @Override
    public void publish() {
        index.publish();
    }

    @Override
    public void commit(CatalogCheckpoint checkpoint) {
        index.commit(checkpoint);
    }

    @Override
    public CatalogCheckpoint checkpoint() {
        return index.checkpoint();
    }

    @Override
    public Optional<String> get(String id) {
        return index.get(id);
    }

    @Override
    public void forEach(BiConsumer<String, String> idAndJson) {
        index.forEach(idAndJson);
    }

    @Override
    public long count() {
        return index.count();
    }

    @Override
    public void close() {
        index.close();
    }
}
