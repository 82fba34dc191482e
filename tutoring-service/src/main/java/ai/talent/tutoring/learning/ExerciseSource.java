package ai.talent.tutoring.learning;

import java.util.List;
import java.util.Optional;

/** The exercises known to the service: by skill, by id, and all of them (the global store, or a list in memory). */
public interface ExerciseSource extends Exercises {

    /** The skills an exercise is known to train, if it is known. */
    Optional<List<String>> skillsOf(String exerciseId);

    /** Every known exercise, in exercise-id order. */
    List<ExerciseSkills> all();
}
