package ai.talent.sim;

import ai.talent.domain.model.Exercise;
import ai.talent.domain.skill.Skill;
import ai.talent.domain.skill.SkillTaxonomy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The exercises of the learning pages: each tagged with one skill or, for about a third, with two (the skill
 * and one it builds on), with a difficulty from 0 to 1. Small (hundreds), so it is held in memory.
 */
final class ExerciseCatalog {

    private static final double TWO_SKILL_SHARE = 0.3;

    private final List<Exercise> exercises;
    private final Map<String, List<Exercise>> bySkill;

    ExerciseCatalog(long seed, int count, SkillTaxonomy taxonomy) {
        List<Exercise> all = new ArrayList<>(count);
        Map<String, List<Exercise>> index = new LinkedHashMap<>();
        List<Skill> skills = taxonomy.all();
        for (int i = 0; i < count; i++) {
            SplittableRandom rng = Seeds.rng(seed, "exercise", i);
            Skill skill = Draw.weighted(skills, Skill::popularity, rng);
            List<String> tags = new ArrayList<>(List.of(skill.id()));
            if (rng.nextDouble() < TWO_SKILL_SHARE) {
                List<Skill> prerequisites = taxonomy.prerequisitesOf(skill.id());
                List<Skill> related = prerequisites.isEmpty() ? taxonomy.inCategory(skill.category()) : prerequisites;
                Skill second = Draw.uniform(related, rng);
                if (!second.id().equals(skill.id())) {
                    tags.add(second.id());
                }
            }
            double difficulty = Math.round(Draw.between(rng, 0.05, 0.95) * 100) / 100.0;
            Exercise exercise = new Exercise("x-" + i, tags, difficulty);
            all.add(exercise);
            for (String tag : tags) {
                index.computeIfAbsent(tag, k -> new ArrayList<>()).add(exercise);
            }
        }
        this.exercises = Collections.unmodifiableList(all);
        this.bySkill = index;
    }

    List<Exercise> all() {
        return exercises;
    }

    List<Exercise> forSkill(String skillId) {
        return bySkill.getOrDefault(skillId, List.of());
    }

    /** Skills that have at least one exercise, in a stable order. */
    List<String> practisableSkills() {
        return new ArrayList<>(bySkill.keySet());
    }
}
