package ai.talent.tutoring.learning;

import ai.talent.service.state.catalog.Catalog;
import java.util.ArrayList;
import java.util.List;

/**
 * The exercises seen in any learner's attempts, by the skills they train: a catalog over the learning-events topic
 * that every replica holds whole (a learner's path offers practice other learners met, whichever replica owns
 * the learner). Listed in exercise-id order, so every replica plans alike.
 */
public final class KnownExercises implements Exercises {

    private final Catalog<ExerciseSkills> catalog;

    public KnownExercises(Catalog<ExerciseSkills> catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<String> forSkill(String skillId) {
        List<String> exercises = new ArrayList<>();
        catalog.forEach(e -> {
            if (e.skillIds().contains(skillId)) {
                exercises.add(e.exerciseId());
            }
        });
        exercises.sort(null);
        return exercises;
    }
}
