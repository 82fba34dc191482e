package ai.talent.service.state.catalog;

import java.util.List;
import java.util.Map;

/**
 * What a catalog's documents reflect: the cluster they came from, the next offset to read per partition of the
 * catalog's topic, and the ids of the events applied most recently (so that a redelivery just after a restart is
 * still recognised). Stored with the documents in one commit.
 *
 * @param clusterId      the Kafka cluster id; a checkpoint of another cluster (a reset broker) is discarded
 * @param offsets        partition → next offset to read
 * @param recentEventIds the most recent event ids applied, oldest first
 */
public record CatalogCheckpoint(String clusterId, Map<Integer, Long> offsets, List<String> recentEventIds) {

    public static final CatalogCheckpoint EMPTY = new CatalogCheckpoint(null, Map.of(), List.of());

    public CatalogCheckpoint {
        offsets = Map.copyOf(offsets);
        recentEventIds = List.copyOf(recentEventIds);
    }

    public boolean isEmpty() {
        return clusterId == null && offsets.isEmpty();
    }
}
