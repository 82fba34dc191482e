package ai.talent.service.event;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ids of the events most recently processed, bounded so memory stays flat: the oldest id is forgotten once
 * {@code capacity} newer ones have been seen. Redeliveries arrive soon after the original (a rebalance, a
 * producer retry), so a recent window is what idempotency needs.
 */
public final class ProcessedEventIds {

    private final int capacity;
    private final Map<String, Boolean> ids;

    public ProcessedEventIds(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.ids = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > ProcessedEventIds.this.capacity;
            }
        };
    }

    public synchronized boolean contains(String eventId) {
        return ids.containsKey(eventId);
    }

    /** Records an id; returns false when it was already there. */
    public synchronized boolean add(String eventId) {
        return ids.putIfAbsent(eventId, Boolean.TRUE) == null;
    }

    public synchronized int size() {
        return ids.size();
    }

    public int capacity() {
        return capacity;
    }
}
