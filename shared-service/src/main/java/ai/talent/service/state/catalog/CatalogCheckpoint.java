package ai.talent.service.state.catalog;

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

    public boolean isEmpty() {
        return clusterId == null && offsets.isEmpty();
    }
}
