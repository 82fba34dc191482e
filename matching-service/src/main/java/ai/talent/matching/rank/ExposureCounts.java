package ai.talent.matching.rank;

import java.util.List;

/**
 * How often each freelancer was recommended lately, as the exposure cap reads it: {@link ExposureCap} on its own
 * (evaluation, benchmarks), or the service's counts folded from its {@code match-recommendations} topic, which
 * every replica holds alike and a restart keeps.
 */
public interface ExposureCounts {

    /** Whether the freelancer may be recommended once more. */
    boolean allows(String freelancerId);

    /** The recommendation lists of the window the freelancer is in. */
    int appearances(String freelancerId);

    /**
     * Counts a list just recommended, {@code listId} naming it (the project's id; null for an unnamed one): the
     * same list recorded again replaces itself, it is never counted twice.
     */
    void record(String listId, List<String> recommended);
}
