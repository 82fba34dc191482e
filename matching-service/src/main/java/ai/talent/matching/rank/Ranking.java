package ai.talent.matching.rank;

import java.util.List;

/**
 * The top of a two-stage ranking, best first, with how many candidates retrieval found, and what ranked them.
 */
public record Ranking<T>(List<RankedCandidate<T>> top, int retrieved, String rankerVersion, String encoder) {

    public Ranking {
        top = List.copyOf(top);
    }
}
