package ai.talent.search.index;

import java.util.Map;
import java.util.TreeMap;

/**
 * The topic offsets an index reflects: for each {@code topic-partition} key, the offset of the next record to
 * read. Stored with every commit, read back on open, so that a restart resumes where the index stands.
 */
public record Checkpoint(Map<String, Long> offsets) {

    public Checkpoint {
        offsets = Map.copyOf(offsets);
    }

    public static Checkpoint empty() {
        return new Checkpoint(Map.of());
    }

    public static String key(String topic, int partition) {
        return topic + "-" + partition;
    }

    /** The next offset to read on a partition, or -1 when the index has seen nothing of it. */
    public long next(String topic, int partition) {
        return offsets.getOrDefault(key(topic, partition), -1L);
    }

    /** This checkpoint with the partition moved past {@code offset} (never backwards). */
    public Checkpoint after(String topic, int partition, long offset) {
        Map<String, Long> copy = new TreeMap<>(offsets);
        copy.merge(key(topic, partition), offset + 1, Math::max);
        return new Checkpoint(copy);
    }

    public boolean isEmpty() {
        return offsets.isEmpty();
    }
}
