package ai.talent.tutoring.learning;

import ai.talent.tutoring.tracing.TraceState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One learner's knowledge state as the {@value #STORE} keyed store keeps it (one per learner id): the model state
 * an attempt advances ({@link TraceState}, made by the version it names), the practised skills with their mastery
 * and counts, the latest answer per exercise (least recent first), the recent attempts' skills and outcomes
 * ({@code history}, from which the model state is rebuilt once when another model version answers), the id of the
 * last attempt applied (the id of the path event it caused derives from it), and the learning path last
 * published ({@code pathSignature}; {@code pathChanged} when the last attempt changed it).
 */
public record LearnerState(String learnerId, TraceState trace, List<SkillEstimate> skills, List<Answer> latestAnswers,
                           int attempts, String history, String lastEventId, String pathSignature,
                           boolean pathChanged) {

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
        history = history == null ? "" : history;
    }

    /** The state of a learner before any attempt. */
    public static LearnerState none() {
        return new LearnerState(null, null, List.of(), List.of(), 0, "", null, null, false);
    }

    /** The state of a learner never seen, named. */
    public static LearnerState empty(String learnerId) {
        return new LearnerState(learnerId, null, List.of(), List.of(), 0, "", null, null, false);
    }

    /** The exercises this learner answered that train {@code skillId}. */
    public List<String> answeredFor(String skillId) {
        return latestAnswers.stream().filter(a -> a.skillIds().contains(skillId)).map(Answer::exerciseId).toList();
    }

    /** The working form the planner uses. */
    public LearnerProgress progress() {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        latestAnswers.forEach(a -> answers.put(a.exerciseId(), a.correct()));
        return new LearnerProgress(learnerId, skills, answers, attempts);
    }

    LearnerState withPath(String signature, boolean changed) {
        return new LearnerState(learnerId, trace, skills, latestAnswers, attempts, history, lastEventId, signature,
                changed);
    }
}
