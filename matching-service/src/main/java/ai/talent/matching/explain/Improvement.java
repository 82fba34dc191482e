package ai.talent.matching.explain;

/**
 * What would raise a freelancer's match for a project: holding a skill at the level asked for, the ranker's score
 * gain from it, and the rank it would move the freelancer to among the same candidates ({@code rankNow} 0 when the
 * freelancer was not among them).
 */
public record Improvement(String skillId, String name, boolean required, double scoreGain, int rankNow,
                          int rankAfter) {
}
