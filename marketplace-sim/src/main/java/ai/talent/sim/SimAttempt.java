package ai.talent.sim;

import ai.talent.domain.event.LearningAttempted;

/** One simulated attempt as its event, with the truth behind it. */
public record SimAttempt(LearningAttempted event, AttemptTruth truth) {
}
