package ai.talent.matching.scoring;

import ai.talent.matching.explain.MatchExplanation;

/** One freelancer in a project's ranking: rank (1-based), the ranker's score, the towers' similarity, and why. */
public record FreelancerMatch(String freelancerId, int rank, double score, double similarity,
                              MatchExplanation explanation) {
}
