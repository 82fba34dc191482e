package ai.talent.service.state.catalog;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;

/**
 * The ids of the most recent events a catalog applied, at most {@code capacity} of them: the oldest is forgotten
 * as a new one arrives. Only the catalog's follower thread uses it.
 */
final class RecentIds {

    private final int capacity;
    private final SequencedSet<String> ids = new LinkedHashSet<>();

    RecentIds(int capacity, List<String> initial) {
        if (capacity < 1) {
            throw new IllegalArgumentException("talent.state.catalog.dedupe-window must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        initial.forEach(this::add);
    }

    boolean contains(String id) {
        return ids.contains(id);
    }

    void add(String id) {
        ids.remove(id);
        ids.addLast(id);
        while (ids.size() > capacity) {
            ids.removeFirst();
        }
    }

    List<String> snapshot() {
        return List.copyOf(ids);
    }
}
