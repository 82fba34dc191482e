package ai.talent.tutoring.tracing;

/** Every skill's mastery from one learner state: the probability of answering an exercise of the skill correctly. */
public record MasteryVector(SkillVocabulary skills, float[] values) {

    /** The mastery of a skill; {@code fallback} for a skill the model does not know. */
    public double of(String skillId, double fallback) {
        int id = skills.id(skillId);
        return id == 0 ? fallback : values[id - 1];
    }
}
