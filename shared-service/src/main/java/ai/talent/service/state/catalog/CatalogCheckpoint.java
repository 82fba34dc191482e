package ai.talent.service.state.catalog;

import ai.talent.service.state.StateJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a catalog's documents reflect: the cluster they came from, the next offset to read per partition of the
 * catalog's topic, and per partition the ids of the events read most recently (so that a redelivery just after a
 * restart is still recognised). Stored with the documents in one commit.
 *
 * @param clusterId      the Kafka cluster id; a checkpoint of another cluster (a reset broker) is discarded
 * @param offsets        partition → next offset to read
 * @param recentEventIds partition → the most recent event ids read from it, oldest first
 */
public record CatalogCheckpoint(String clusterId, Map<Integer, Long> offsets, Map<Integer, List<String>> recentEventIds) {

    public static final CatalogCheckpoint EMPTY = new CatalogCheckpoint(null, Map.of(), Map.of());

    public CatalogCheckpoint {
        offsets = Map.copyOf(offsets);
        Map<Integer, List<String>> copy = new HashMap<>();
        recentEventIds.forEach((partition, ids) -> copy.put(partition, List.copyOf(ids)));
        recentEventIds = Map.copyOf(copy);
    }

    static final String CLUSTER_ID = "cluster-id";
    static final String OFFSET = "offset.";
    static final String RECENT_EVENT_IDS = "recent-event-ids.";

    public boolean isEmpty() {
        return clusterId == null && offsets.isEmpty();
    }

    /**
     * The checkpoint as flat strings, each key starting with {@code prefix}: the form an engine that keeps string
     * metadata beside its documents stores it in (a Lucene commit's user data, an Elasticsearch mapping's
     * {@code _meta}). {@link #fromStrings} reads it back.
     */
    public Map<String, String> toStrings(String prefix) {
        Map<String, String> data = new HashMap<>();
        if (clusterId != null) {
            data.put(prefix + CLUSTER_ID, clusterId);
        }
        offsets.forEach((partition, offset) -> data.put(prefix + OFFSET + partition, Long.toString(offset)));
        recentEventIds.forEach((partition, ids) ->
                data.put(prefix + RECENT_EVENT_IDS + partition, StateJson.write(ids)));
        return data;
    }

    /**
     * The checkpoint that {@link #toStrings} wrote under {@code prefix} among {@code entries} (other keys are
     * ignored); {@link #EMPTY} for none.
     */
    public static CatalogCheckpoint fromStrings(Iterable<Map.Entry<String, String>> entries, String prefix) {
        if (entries == null) {
            return EMPTY;
        }
        String clusterId = null;
        Map<Integer, Long> offsets = new HashMap<>();
        Map<Integer, List<String>> recent = new HashMap<>();
        for (Map.Entry<String, String> e : entries) {
            if (!e.getKey().startsWith(prefix)) {
                continue;
            }
            String key = e.getKey().substring(prefix.length());
            if (key.equals(CLUSTER_ID)) {
                clusterId = e.getValue();
            } else if (key.startsWith(OFFSET)) {
                offsets.put(Integer.parseInt(key.substring(OFFSET.length())), Long.parseLong(e.getValue()));
            } else if (key.startsWith(RECENT_EVENT_IDS)) {
                List<String> ids = new ArrayList<>();
                for (Object id : StateJson.read(e.getValue(), List.class)) {
                    ids.add(String.valueOf(id));
                }
                recent.put(Integer.parseInt(key.substring(RECENT_EVENT_IDS.length())), ids);
            }
        }
        return new CatalogCheckpoint(clusterId, offsets, recent);
    }
}
