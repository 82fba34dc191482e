package ai.talent.tutoring.learning;

import java.util.List;

/** Where a learning path finds practice: the exercises known to train a skill. */
@FunctionalInterface
public interface Exercises {

    List<String> forSkill(String skillId);
}
