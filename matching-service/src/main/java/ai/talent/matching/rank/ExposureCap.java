package ai.talent.matching.rank;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the same few freelancers from being recommended to every project: over the last {@code window}
 * recommendation lists, a freelancer may appear in at most {@code maxShare × window} of them; beyond that the next
 * candidate takes the place. The counts are a bounded cache of recent recommendations (lost on restart, per
 * replica): the cap is a soft limit, not a guarantee.
 */
public final class ExposureCap {

    private final int window;
    private final int maxAppearances;
    private final Deque<List<String>> recent = new ArrayDeque<>();
    private final Map<String, Integer> counts = new HashMap<>();

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

    /** Whether the freelancer may be recommended once more. */
    public synchronized boolean allows(String id) {
        return counts.getOrDefault(id, 0) < maxAppearances;
    }

    /** Records one recommendation list (the oldest drops out of the window). */
    public synchronized void record(List<String> recommended) {
        List<String> list = List.copyOf(recommended);
        recent.addLast(list);
        list.forEach(id -> counts.merge(id, 1, Integer::sum));
        while (recent.size() > window) {
            for (String id : recent.removeFirst()) {
                counts.computeIfPresent(id, (k, n) -> n <= 1 ? null : n - 1);
            }
        }
    }

    public synchronized int appearances(String id) {
        return counts.getOrDefault(id, 0);
    }
}
