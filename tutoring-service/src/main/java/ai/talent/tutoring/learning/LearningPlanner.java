package ai.talent.tutoring.learning;

import ai.talent.domain.event.NextStep;
import ai.talent.domain.skill.Skill;
import ai.talent.domain.skill.SkillTaxonomy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Plans what a learner should practise next: the weakest practised skills first, each preceded by the
 * prerequisites it builds on (from the skill taxonomy) that the learner is weak in, or never practised while
 * struggling with the skill. Practice for a step prefers exercises the learner last answered wrongly, then ones
 * they never tried.
 */
public final class LearningPlanner {

    private final SkillTaxonomy taxonomy;
    private final double masteredAt;
    private final double strugglingBelow;
    private final int maxSteps;
    private final int exercisesPerStep;

    public LearningPlanner(SkillTaxonomy taxonomy, double masteredAt, double strugglingBelow, int maxSteps,
                           int exercisesPerStep) {
        this.taxonomy = taxonomy;
        this.masteredAt = masteredAt;
        this.strugglingBelow = strugglingBelow;
        this.maxSteps = maxSteps;
        this.exercisesPerStep = exercisesPerStep;
    }

    public List<NextStep> plan(LearnerProgress progress, Exercises catalog) {
        List<SkillEstimate> weakest = progress.estimates().stream()
                .filter(e -> e.mastery() < masteredAt)
                .sorted(Comparator.comparingDouble(SkillEstimate::mastery).thenComparing(SkillEstimate::skillId))
                .toList();
        Map<String, String> reasons = new LinkedHashMap<>();
        for (SkillEstimate skill : weakest) {
            if (reasons.size() >= maxSteps) {
                break; // only the first steps are offered; a long history's other skills need no reasons written
            }
            for (Skill prerequisite : prerequisitesOf(skill.skillId())) {
                Optional<SkillEstimate> known = progress.estimate(prerequisite.id());
                if (known.isPresent() && known.get().mastery() < masteredAt) {
                    reasons.putIfAbsent(prerequisite.id(), "prerequisite of " + name(skill.skillId())
                            + "; estimated mastery " + percent(known.get().mastery()));
                } else if (known.isEmpty() && skill.mastery() < strugglingBelow) {
                    reasons.putIfAbsent(prerequisite.id(), "prerequisite of " + name(skill.skillId())
                            + " (mastery " + percent(skill.mastery()) + "), not practised yet");
                }
            }
            reasons.putIfAbsent(skill.skillId(), "estimated mastery " + percent(skill.mastery()) + " after "
                    + skill.attempts() + " attempts (" + skill.correct() + " correct); mastered from "
                    + percent(masteredAt));
        }
        List<NextStep> steps = new ArrayList<>();
        for (Map.Entry<String, String> step : reasons.entrySet()) {
            if (steps.size() == maxSteps) {
                break;
            }
            steps.add(new NextStep(step.getKey(), exercisesFor(step.getKey(), progress, catalog), step.getValue()));
        }
        return List.copyOf(steps);
    }

    private List<String> exercisesFor(String skillId, LearnerProgress progress, Exercises catalog) {
        List<String> all = catalog.forSkill(skillId);
        return Stream.concat(all.stream().filter(progress::stillWrong),
                        all.stream().filter(e -> !progress.answered(e)))
                .limit(exercisesPerStep)
                .toList();
    }

    /** Direct prerequisites only: a learner fixes the nearest gap first. */
    private List<Skill> prerequisitesOf(String skillId) {
        return taxonomy.byId(skillId)
                .map(s -> s.prerequisites().stream().map(taxonomy::byId).flatMap(Optional::stream).toList())
                .orElse(List.of());
    }

    private String name(String skillId) {
        return taxonomy.byId(skillId).map(Skill::nameEn).orElse(skillId);
    }

    private static String percent(double p) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * p);
    }
}
