package ai.talent.tutoring.learning;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exercises by the skills they train, in memory: the practice a path preview knows of (its own answers). The
 * service's persistent counterpart is {@link KnownExercises}.
 */
public final class ExerciseCatalog implements Exercises {

    private final Map<String, Set<String>> bySkill = new ConcurrentHashMap<>();

    public void add(String exerciseId, List<String> skillIds) {
        for (String skill : skillIds) {
            Set<String> exercises = bySkill.computeIfAbsent(skill, s -> new LinkedHashSet<>());
            synchronized (exercises) {
                exercises.add(exerciseId);
            }
        }
    }

    @Override
    public List<String> forSkill(String skillId) {
        Set<String> exercises = bySkill.get(skillId);
        if (exercises == null) {
            return List.of();
        }
        synchronized (exercises) {
            return List.copyOf(exercises);
        }
    }
}
