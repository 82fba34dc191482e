package ai.talent.matching.retrieval;

/** A skill the skill-overlap leg looks for, at a level, with the weight a match adds to the leg's score. */
public record WantedSkill(String skillId, int level, double weight) {
}
