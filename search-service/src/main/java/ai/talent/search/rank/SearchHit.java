package ai.talent.search.rank;

import java.util.List;

/**
 * One freelancer in the results, with what a result card shows and why it matched: the asked skills it has,
 * query words found in its profile, highlighted headline and bio snippet ({@code <mark>} around matches, the rest
 * HTML-escaped), each intent constraint met or missed, and its rank in each leg (0 = not retrieved by that leg).
 */
public record SearchHit(
        String freelancerId,
        String displayName,
        String headline,
        double score,
        long hourlyRate,
        double ratingAverage,
        int ratingCount,
        String region,
        boolean remoteOk,
        int availabilityHoursPerWeek,
        List<String> spokenLanguages,
        double years,
        List<HitSkill> skills,
        List<String> matchedTerms,
        String headlineHighlight,
        String bioHighlight,
        List<IntentFit.Check> constraints,
        Legs legs) {

    /** A skill of the profile; {@code matched} when the query asked for it. */
    public record HitSkill(String id, String name, String nameKo, int level, double years, boolean matched) {
    }

    /** Ranks (1-based, 0 = absent) and scores in each fused input. */
    public record Legs(int bm25Rank, double bm25Score, int denseRank, double denseScore, int fitRank, double fit) {
    }
}
