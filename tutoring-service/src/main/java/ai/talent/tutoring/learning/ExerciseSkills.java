package ai.talent.tutoring.learning;

import java.util.List;

/** An exercise and the one or two skills it trains, as seen in learners' attempts: an entry of the exercises catalog. */
public record ExerciseSkills(String exerciseId, List<String> skillIds) {

    public ExerciseSkills {
        skillIds = List.copyOf(skillIds);
    }
}
