package ai.talent.sim;

import static ai.talent.sim.MarketParameters.TWO_SKILL_SHARE;

import ai.talent.domain.model.Exercise;
import ai.talent.domain.skill.Skill;
import ai.talent.domain.skill.SkillTaxonomy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The exercises of the learning pages: {@code perSkill} for every taxonomy skill, about a third tagged with a
 * second skill (one the first builds on). Each has a true difficulty (hidden) and the difficulty its author
 * published (a rounded, noisy rating of it). Thousands, so it is held in memory.
 */
final class ExerciseCatalog {

    private final List<Exercise> exercises;
    private final Map<String, Double> trueDifficulty = new HashMap<>();
    private final Map<String, List<Exercise>> bySkill = new HashMap<>();

    ExerciseCatalog(long seed, int perSkill, SkillTaxonomy taxonomy, double difficultySpread) {
        List<Exercise> all = new ArrayList<>();
        for (Skill skill : taxonomy.all()) {
            List<String> prerequisites = skill.prerequisites();
            for (int k = 0; k < perSkill; k++) {
                int i = all.size();
                SplittableRandom rng = Seeds.rng(seed, "exercise", i);
                List<String> tags = new ArrayList<>(List.of(skill.id()));
                if (!prerequisites.isEmpty() && rng.nextDouble() < TWO_SKILL_SHARE) {
                    tags.add(Draw.uniform(prerequisites, rng));
                }
                double spread = Math.min(1, difficultySpread);
                double difficulty = 0.5 + spread * (Draw.between(rng, 0.05, 0.95) - 0.5);
                double published = Math.round(Draw.clamp(difficulty + 0.12 * rng.nextGaussian(), 0, 1) * 10) / 10.0;
                Exercise exercise = new Exercise("x-" + i, tags, published);
                all.add(exercise);
                trueDifficulty.put(exercise.id(), Math.round(difficulty * 1000) / 1000.0);
                for (String tag : tags) {
                    bySkill.computeIfAbsent(tag, t -> new ArrayList<>()).add(exercise);
                }
            }
        }
        this.exercises = Collections.unmodifiableList(all);
    }

    List<Exercise> all() {
        return exercises;
    }

    double trueDifficulty(String exerciseId) {
        return trueDifficulty.get(exerciseId);
    }

    /** Exercises whose first tag is the skill (practising it), then those that also exercise it. */
    List<Exercise> forSkill(String skillId) {
        return bySkill.getOrDefault(skillId, List.of());
    }
}
