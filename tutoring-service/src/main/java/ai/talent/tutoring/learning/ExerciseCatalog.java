package ai.talent.tutoring.learning;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exercises by the skills they train, in memory: the practice a path preview knows of (its own answers), and the
 * catalog of tools and tests. The service's persistent counterpart is {@link KnownExercises}.
 */
public final class ExerciseCatalog implements ExerciseSource {

    private final Map<String, Set<String>> bySkill = new ConcurrentHashMap<>();
    private final Map<String, List<String>> byId = new TreeMap<>();

    public void add(String exerciseId, List<String> skillIds) {
        synchronized (byId) {
            byId.putIfAbsent(exerciseId, List.copyOf(skillIds));
        }
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

    @Override
    public Optional<List<String>> skillsOf(String exerciseId) {
        synchronized (byId) {
            return Optional.ofNullable(byId.get(exerciseId));
        }
    }

    @Override
    public List<ExerciseSkills> all() {
        synchronized (byId) {
            List<ExerciseSkills> all = new ArrayList<>(byId.size());
            byId.forEach((id, skills) -> all.add(new ExerciseSkills(id, skills)));
            return all;
        }
    }
}
