package ai.talent.matching.scoring;

import java.util.List;

/** One candidate's score for a project, with the parts it is made of and reasons a person can read. */
public record MatchScore(String freelancerId, double score, double skillCoverage, double rateFit,
                         List<String> reasons) {
}
