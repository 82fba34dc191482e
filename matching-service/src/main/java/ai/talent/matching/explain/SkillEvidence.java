package ai.talent.matching.explain;

/**
 * A skill the project asks for, as the freelancer holds it: the declared level ({@code null} when missing), the
 * minimum asked for, and whether it is required or nice to have.
 */
public record SkillEvidence(String skillId, String name, Integer level, int minLevel, boolean required) {
}
