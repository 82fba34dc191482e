package ai.talent.sim;

import ai.talent.domain.model.Learner;

/** A simulated learner with the hidden dynamics that drive their attempts. */
public record SimLearner(long index, Learner learner, LearnerTruth truth) {
}
