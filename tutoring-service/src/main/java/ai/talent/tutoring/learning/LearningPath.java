package ai.talent.tutoring.learning;

import ai.talent.domain.event.NextStep;
import java.util.List;

/**
 * A learner's current skill estimates and recommended next steps, as the REST API shows them, with the model
 * version that estimated them.
 */
public record LearningPath(String learnerId, String model, int attempts, List<SkillEstimate> skills,
                           List<NextStep> nextSteps) {
}
