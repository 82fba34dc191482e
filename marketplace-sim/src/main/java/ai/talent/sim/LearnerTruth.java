package ai.talent.sim;

/**
 * A learner's hidden learning dynamics: general ability (0–1), how fast practice raises mastery, and the
 * half-life in days over which mastery decays back toward its starting point without practice.
 */
public record LearnerTruth(double ability, double learningRate, double halfLifeDays) {
}
