package ai.talent.matching.exposure;

import ai.talent.matching.rank.ExposureCap;
import ai.talent.matching.rank.ExposureCounts;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exposure counts of the service: the window of the latest recommendation lists as folded from the
 * {@code match-recommendations} topic by the {@value ExposureState#CATALOG} catalog (every replica reads every list,
 * the window is committed with the topic offsets, so the counts agree across replicas and survive a restart), plus
 * the lists this replica has just recommended and not yet read back from the topic: without them a burst of
 * postings on one replica would all see the counts from before the burst. A list read back from the topic replaces
 * its pending copy (same project id), so nothing is counted twice.
 */
public final class ExposureLedger implements ExposureCounts {

    private final ExposureCap window;
    private final LinkedHashMap<String, List<String>> pending = new LinkedHashMap<>();
    private final Map<String, Integer> pendingCounts = new HashMap<>();

    public ExposureLedger(ExposureCap window) {
        this.window = window;
    }

    public int maxAppearances() {
        return window.maxAppearances();
    }

    public int window() {
        return window.window();
    }

    @Override
    public synchronized boolean allows(String freelancerId) {
        return appearances(freelancerId) < window.maxAppearances();
    }

    @Override
    public synchronized int appearances(String freelancerId) {
        return window.appearances(freelancerId) + pendingCounts.getOrDefault(freelancerId, 0);
    }

    /** A list this replica just recommended; counted until the topic brings it back. Unnamed lists are not sent. */
    @Override
    public synchronized void record(String listId, List<String> recommended) {
        if (listId == null || window.holds(listId)) {
            return;
        }
        dropPending(listId);
        pending.put(listId, List.copyOf(recommended));
        recommended.forEach(id -> pendingCounts.merge(id, 1, Integer::sum));
        // Bounded: a list whose event never reached the topic (its posting failed) must not count for ever.
        while (pending.size() > window.window()) {
            dropPending(pending.keySet().iterator().next());
        }
    }

    /**
     * A list read from the topic (the catalog's store calls this as it writes it).
     *
     * @return the lists no longer in the window (the store drops them), this one when it is too old to enter
     */
    synchronized List<String> applied(RecommendedList list) {
        dropPending(list.projectId());
        return window.record(list.projectId(), list.recommendedAt().toEpochMilli(), list.freelancerIds());
    }

    synchronized void removed(String projectId) {
        window.remove(projectId);
    }

    synchronized void cleared() {
        window.clear();
    }

    /** Lists in the window read from the topic. */
    public synchronized int lists() {
        return window.size();
    }

    private void dropPending(String listId) {
        List<String> ids = pending.remove(listId);
        if (ids != null) {
            ids.forEach(id -> pendingCounts.computeIfPresent(id, (k, n) -> n <= 1 ? null : n - 1));
        }
    }
}
