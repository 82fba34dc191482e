package ai.talent.tutoring.learning;

import ai.talent.domain.model.Attempt;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.tutoring.tracing.MasteryModel;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Whether an attempt can be traced: every skill is in the taxonomy and known to the model, and the exercise, when
 * known (to the model, which was trained on it, or from earlier attempts), trains the same skills (an attempt that tags a known exercise with other skills names an exercise
 * the service does not know). The consumer group dead-letters a failing attempt with the reason; the topology skips
 * it, so it changes no learner and no exercise.
 */
public final class AttemptCheck {

    private final SkillTaxonomy taxonomy;
    private final MasteryModel model;
    private final ExerciseSource exercises;

    public AttemptCheck(SkillTaxonomy taxonomy, MasteryModel model, ExerciseSource exercises) {
        this.taxonomy = taxonomy;
        this.model = model;
        this.exercises = exercises;
    }

    /** Why the attempt cannot be traced, or empty when it can. */
    public Optional<String> problem(Attempt attempt) {
        for (String skill : attempt.skillIds()) {
            if (taxonomy.byId(skill).isEmpty()) {
                return Optional.of("unknown skill '" + skill + "' in the attempt at exercise '" + attempt.exerciseId()
                        + "': not a skill id of the taxonomy");
            }
            if (!model.skills().knows(skill)) {
                return Optional.of("skill '" + skill + "' is unknown to the knowledge-tracing model "
                        + model.version());
            }
        }
        Optional<List<String>> known = model.exerciseSkills(attempt.exerciseId())
                .or(() -> exercises.skillsOf(attempt.exerciseId()));
        if (known.isPresent() && !new HashSet<>(known.get()).equals(new HashSet<>(attempt.skillIds()))) {
            return Optional.of("unknown exercise '" + attempt.exerciseId() + "' with skills " + attempt.skillIds()
                    + ": the exercise of that id trains " + known.get());
        }
        return Optional.empty();
    }
}
