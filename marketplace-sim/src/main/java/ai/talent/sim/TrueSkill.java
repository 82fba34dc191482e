package ai.talent.sim;

/** A freelancer's real proficiency in a skill on the 1–5 scale (a declared level may overstate it). */
public record TrueSkill(String skillId, double level) {
}
