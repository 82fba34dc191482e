package ai.talent.matching.retrieval;

import ai.talent.service.state.StateJson;
import ai.talent.service.state.catalog.CatalogCheckpoint;
import ai.talent.service.state.catalog.CatalogStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * A vector index as the store of a catalog (shared-service's {@code Catalogs.open(definition, storeFactory)}): the
 * catalog's follower writes every event into the index, publishes it after each batch and commits it with the topic
 * offsets it reflects, so that the HNSW graph, the skill terms and the offsets are one atomic commit and a restart
 * resumes from it instead of embedding every freelancer again.
 *
 * <p>The index is matching's own engine rather than {@code LuceneCatalogStore} with extra fields because it embeds
 * upserts in batches when they are published (catching up with a topic costs one encoder call per batch, not one
 * per record), re-embeds itself when the promoted encoder changes, and has an Elasticsearch twin behind the same
 * interface. The checkpoint is kept in the index's own commit data as flat strings.
 */
public final class IndexCatalogStore implements CatalogStore {

    static final String CLUSTER_ID = "cluster-id";
    static final String OFFSET = "offset.";
    static final String RECENT = "recent-event-ids.";

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
        index.commit(flat(checkpoint));
    }

    @Override
    public CatalogCheckpoint checkpoint() {
        return parse(index.checkpoint());
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

    static Map<String, String> flat(CatalogCheckpoint checkpoint) {
        Map<String, String> data = new HashMap<>();
        if (checkpoint.clusterId() != null) {
            data.put(CLUSTER_ID, checkpoint.clusterId());
        }
        checkpoint.offsets().forEach((partition, offset) -> data.put(OFFSET + partition, Long.toString(offset)));
        checkpoint.recentEventIds().forEach((partition, ids) -> data.put(RECENT + partition, StateJson.write(ids)));
        return data;
    }

    static CatalogCheckpoint parse(Map<String, String> data) {
        if (data.isEmpty()) {
            return CatalogCheckpoint.EMPTY;
        }
        String clusterId = null;
        Map<Integer, Long> offsets = new HashMap<>();
        Map<Integer, List<String>> recent = new HashMap<>();
        for (Map.Entry<String, String> e : data.entrySet()) {
            if (e.getKey().equals(CLUSTER_ID)) {
                clusterId = e.getValue();
            } else if (e.getKey().startsWith(OFFSET)) {
                offsets.put(Integer.parseInt(e.getKey().substring(OFFSET.length())), Long.parseLong(e.getValue()));
            } else if (e.getKey().startsWith(RECENT)) {
                List<String> ids = new ArrayList<>();
                for (Object id : StateJson.read(e.getValue(), List.class)) {
                    ids.add(String.valueOf(id));
                }
                recent.put(Integer.parseInt(e.getKey().substring(RECENT.length())), ids);
            }
        }
        return new CatalogCheckpoint(clusterId, offsets, recent);
    }
}
