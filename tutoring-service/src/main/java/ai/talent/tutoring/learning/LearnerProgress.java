package ai.talent.tutoring.learning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One learner's skill estimates and the exercises they still get wrong, updated attempt by attempt. Not
 * thread-safe: a learner's attempts arrive in order on one partition and are applied one at a time.
 */
public final class LearnerProgress {

    private final String learnerId;
    private final Map<String, SkillEstimate> estimates = new LinkedHashMap<>();
    /** Exercise id → whether the latest answer to it was correct. */
    private final Map<String, Boolean> latestAnswers = new LinkedHashMap<>();
    private int attempts;

    public LearnerProgress(String learnerId) {
        this.learnerId = learnerId;
    }

    /** A learner's progress as it was saved ({@link LearnerState}). */
    LearnerProgress(String learnerId, List<SkillEstimate> estimates, Map<String, Boolean> latestAnswers, int attempts) {
        this.learnerId = learnerId;
        estimates.forEach(e -> this.estimates.put(e.skillId(), e));
        this.latestAnswers.putAll(latestAnswers);
        this.attempts = attempts;
    }

    public void record(String exerciseId, List<String> skillIds, boolean correct, KnowledgeTracer tracer) {
        for (String skill : skillIds) {
            SkillEstimate before = estimates.getOrDefault(skill, new SkillEstimate(skill, tracer.prior(), 0, 0));
            estimates.put(skill, new SkillEstimate(skill, tracer.update(before.mastery(), correct),
                    before.attempts() + 1, before.correct() + (correct ? 1 : 0)));
        }
        latestAnswers.remove(exerciseId);
        latestAnswers.put(exerciseId, correct);
        attempts++;
    }

    public String learnerId() {
        return learnerId;
    }

    public List<SkillEstimate> estimates() {
        return List.copyOf(estimates.values());
    }

    public Optional<SkillEstimate> estimate(String skillId) {
        return Optional.ofNullable(estimates.get(skillId));
    }

    /** Whether the learner's latest answer to the exercise was wrong (false when never answered). */
    public boolean stillWrong(String exerciseId) {
        return Boolean.FALSE.equals(latestAnswers.get(exerciseId));
    }

    public boolean answered(String exerciseId) {
        return latestAnswers.containsKey(exerciseId);
    }

    /** Exercise id → whether the latest answer was correct, least recently answered first. */
    Map<String, Boolean> latestAnswers() {
        return new LinkedHashMap<>(latestAnswers);
    }

    public int totalAttempts() {
        return attempts;
    }
}
