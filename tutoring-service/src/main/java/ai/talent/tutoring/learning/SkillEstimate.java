package ai.talent.tutoring.learning;

/** A learner's estimated mastery of one skill and the attempts behind it. */
public record SkillEstimate(String skillId, double mastery, int attempts, int correct) {
}
