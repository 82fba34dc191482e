package ai.talent.matching.rank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Keeps the same few freelancers from being recommended to every project: over the last {@code window}
 * recommendation lists, a freelancer may appear in at most {@code maxShare × window} of them; beyond that the next
 * candidate takes the place.
 *
 * <p>Each list has an id (a project's recommendation) and a position in time; the window holds the {@code window}
 * latest lists by position, ties broken by id. The same id recorded again replaces its list, so a list delivered
 * twice counts once, and the window's contents depend only on which lists were recorded, not on the order they
 * came in: every replica that folds the same recommendations, in whatever interleaving, holds the same counts.
 * Alone this class is a heap cache (evaluation, benchmarks); the service feeds it from its recommendations topic
 * ({@code exposure.ExposureLedger}).
 */
public final class ExposureCap implements ExposureCounts {

    private record Slot(long position, String id) {
        static final Comparator<Slot> ORDER = Comparator.comparingLong(Slot::position).thenComparing(Slot::id);
    }

    private final int window;
    private final int maxAppearances;
    private final TreeMap<Slot, List<String>> lists = new TreeMap<>(Slot.ORDER);
    private final Map<String, Slot> slots = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private long sequence;

    public ExposureCap(double maxShare, int window) {
        if (!(maxShare > 0 && maxShare <= 1) || window < 1) {
            throw new IllegalArgumentException("the exposure cap needs 0 < maxShare ≤ 1 and window ≥ 1, was "
                    + maxShare + " and " + window);
        }
        this.window = window;
        this.maxAppearances = Math.max(1, (int) Math.floor(maxShare * window));
    }

    public int maxAppearances() {
        return maxAppearances;
    }

    public int window() {
        return window;
    }

    @Override
    public synchronized boolean allows(String id) {
        return appearances(id) < maxAppearances;
    }

    @Override
    public synchronized int appearances(String id) {
        return counts.getOrDefault(id, 0);
    }

    /** Records one list after every list recorded so far (an unnamed list gets an id of its own). */
    public synchronized void record(List<String> recommended) {
        record(null, recommended);
    }

    @Override
    public synchronized void record(String listId, List<String> recommended) {
        Slot slot = slots.get(listId);
        long position = slot != null ? slot.position() : ++sequence;
        record(listId == null ? "#" + position : listId, position, recommended);
    }

    /**
     * Records the list {@code listId} at {@code position} (its time), replacing an earlier list of that id.
     *
     * @return the ids of the lists no longer in the window, {@code listId} itself when it is older than every list
     *         of a full window
     */
    public synchronized List<String> record(String listId, long position, List<String> recommended) {
        Objects.requireNonNull(listId, "listId");
        List<String> ids = List.copyOf(recommended);
        remove(listId);
        Slot slot = new Slot(position, listId);
        if (lists.size() >= window && Slot.ORDER.compare(slot, lists.firstKey()) < 0) {
            return List.of(listId);
        }
        lists.put(slot, ids);
        slots.put(listId, slot);
        ids.forEach(id -> counts.merge(id, 1, Integer::sum));
        List<String> dropped = new ArrayList<>();
        while (lists.size() > window) {
            dropped.add(lists.firstKey().id());
            remove(lists.firstKey().id());
        }
        return dropped;
    }

    /** Takes the list {@code listId} out of the window, if it is there. */
    public synchronized void remove(String listId) {
        Slot slot = slots.remove(listId);
        if (slot == null) {
            return;
        }
        for (String id : lists.remove(slot)) {
            counts.computeIfPresent(id, (k, n) -> n <= 1 ? null : n - 1);
        }
    }

    /** Whether the window holds the list {@code listId}. */
    public synchronized boolean holds(String listId) {
        return slots.containsKey(listId);
    }

    /** Lists in the window. */
    public synchronized int size() {
        return lists.size();
    }

    public synchronized void clear() {
        lists.clear();
        slots.clear();
        counts.clear();
    }
}
