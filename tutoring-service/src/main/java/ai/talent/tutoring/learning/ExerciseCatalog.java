package ai.talent.tutoring.learning;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The exercises seen in any learner's attempts, by the skills they train; where next steps find practice. */
public final class ExerciseCatalog {

    private final Map<String, Set<String>> bySkill = new ConcurrentHashMap<>();

    public void add(String exerciseId, List<String> skillIds) {
        for (String skill : skillIds) {
            Set<String> exercises = bySkill.computeIfAbsent(skill, s -> new LinkedHashSet<>());
            synchronized (exercises) {
                exercises.add(exerciseId);
            }
        }
    }

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
