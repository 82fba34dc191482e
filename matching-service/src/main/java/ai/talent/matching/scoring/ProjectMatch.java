package ai.talent.matching.scoring;

import ai.talent.matching.explain.Improvement;
import ai.talent.matching.explain.MatchExplanation;
import java.util.List;

/**
 * One open project in a freelancer's list: rank (1-based), the ranker's score, the towers' similarity, why, and
 * what would raise the freelancer's match for it (the missing skills with the largest gain).
 */
public record ProjectMatch(String projectId, String title, int rank, double score, double similarity,
                           MatchExplanation explanation, List<Improvement> wouldRaiseMatch) {

    public ProjectMatch {
        wouldRaiseMatch = List.copyOf(wouldRaiseMatch);
    }
}
