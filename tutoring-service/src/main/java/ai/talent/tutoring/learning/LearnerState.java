package ai.talent.tutoring.learning;

import ai.talent.domain.event.LearningAttempted;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One learner's knowledge state as the {@value #STORE} keyed store keeps it (one per learner id): the skill
 * estimates, the latest answer per exercise (least recent first), the number of attempts, and the id of the
 * last attempt applied (the id of the path event it caused derives from it).
 */
public record LearnerState(String learnerId, List<SkillEstimate> skills, List<Answer> latestAnswers, int attempts,
                           String lastEventId) {

    /** The keyed store's name (Kafka Streams), keyed by learner id. */
    public static final String STORE = "learners";

    /** The latest answer to one exercise, and the skills the exercise trains. */
    public record Answer(String exerciseId, List<String> skillIds, boolean correct) {

        public Answer {
            skillIds = skillIds == null ? List.of() : List.copyOf(skillIds);
        }
    }

    public LearnerState {
        skills = skills == null ? List.of() : List.copyOf(skills);
        latestAnswers = latestAnswers == null ? List.of() : List.copyOf(latestAnswers);
    }

    /** The state of a learner before any attempt. */
    public static LearnerState none() {
        return new LearnerState(null, List.of(), List.of(), 0, null);
    }

    /** The state after one more attempt, traced by {@code tracer}. */
    public LearnerState apply(LearningAttempted event, KnowledgeTracer tracer) {
        var a = event.attempt();
        LearnerProgress progress = progress(a.learnerId());
        progress.record(a.exerciseId(), a.skillIds(), a.correct(), tracer);
        Map<String, List<String>> skills = new LinkedHashMap<>();
        latestAnswers.forEach(answer -> skills.put(answer.exerciseId(), answer.skillIds()));
        skills.put(a.exerciseId(), a.skillIds());
        List<Answer> answers = progress.latestAnswers().entrySet().stream()
                .map(e -> new Answer(e.getKey(), skills.get(e.getKey()), e.getValue())).toList();
        return new LearnerState(progress.learnerId(), progress.estimates(), answers, progress.totalAttempts(),
                event.eventId());
    }

    /** The exercises this learner answered that train {@code skillId}. */
    public List<String> answeredFor(String skillId) {
        return latestAnswers.stream().filter(a -> a.skillIds().contains(skillId)).map(Answer::exerciseId).toList();
    }

    /** The working form the tracer and planner use. */
    public LearnerProgress progress() {
        return progress(learnerId);
    }

    private LearnerProgress progress(String id) {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        latestAnswers.forEach(a -> answers.put(a.exerciseId(), a.correct()));
        return new LearnerProgress(id, skills, answers, attempts);
    }
}
