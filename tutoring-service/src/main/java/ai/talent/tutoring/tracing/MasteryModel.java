package ai.talent.tutoring.tracing;

import java.util.List;
import java.util.Optional;

/**
 * A knowledge-tracing model as the service uses it online: a learner's {@link TraceState} advanced one attempt at a
 * time, per-skill mastery read from it, and the predicted success on an exercise. Implementations are safe to call
 * from the stream thread and request threads at once.
 */
public interface MasteryModel {

    /** The version that answers, e.g. {@code dkt:tutoring-kt/v3} or {@code bkt-fallback}; kept with each state. */
    String version();

    /** {@code dkt} or {@code bkt}. */
    String kind();

    SkillVocabulary skills();

    /** The state of a learner with no attempts. */
    TraceState start();

    /** The state after one attempt at an exercise training {@code skillIds}. */
    TraceState observe(TraceState state, List<String> skillIds, boolean correct);

    /** Every skill's mastery in a state. */
    MasteryVector mastery(TraceState state);

    /** The probability of answering exercise {@code exerciseId} (training {@code skillIds}) correctly. */
    double predict(MasteryVector mastery, String exerciseId, List<String> skillIds);

    /** The skills of an exercise the model was trained on, if it was. */
    default Optional<List<String>> exerciseSkills(String exerciseId) {
        return Optional.empty();
    }
}
