package ai.talent.sim;

import ai.talent.domain.event.SkillMastery;
import java.util.List;

/**
 * The hidden state behind one attempt: the learner's true mastery of each tagged skill just before it, the
 * exercise's true difficulty, and the true probability of answering correctly that the outcome was drawn from.
 */
public record AttemptTruth(List<SkillMastery> masteryBefore, double difficulty, double correctProbability) {

    public AttemptTruth {
        masteryBefore = List.copyOf(masteryBefore);
    }
}
