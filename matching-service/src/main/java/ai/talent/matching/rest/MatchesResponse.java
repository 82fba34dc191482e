package ai.talent.matching.rest;

import ai.talent.matching.scoring.MatchScore;
import java.util.List;

/** A ranking, best first, with the ranker version that produced it; projectId is null for ad-hoc requests. */
public record MatchesResponse(String projectId, String modelVersion, int candidatesConsidered, List<MatchScore> matches) {
}
