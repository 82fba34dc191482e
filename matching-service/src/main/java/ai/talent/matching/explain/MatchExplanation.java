package ai.talent.matching.explain;

import java.util.List;

/**
 * Why a freelancer is where they are in a project's ranking: skills matched and missing, how the rate fits the
 * budget, the features that moved the score most (integrated gradients of the learned ranker, or the default
 * ranking's exact terms), and sentences a person can read.
 */
public record MatchExplanation(List<SkillEvidence> matchedSkills, List<SkillEvidence> missingSkills, RateFit rateFit,
                               List<Contribution> topContributions, List<String> reasons) {

    public MatchExplanation {
        matchedSkills = List.copyOf(matchedSkills);
        missingSkills = List.copyOf(missingSkills);
        topContributions = List.copyOf(topContributions);
        reasons = List.copyOf(reasons);
    }
}
