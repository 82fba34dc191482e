package ai.talent.tutoring.learning;

import ai.talent.domain.skill.Skill;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.tutoring.demand.Demand;
import ai.talent.tutoring.tracing.MasteryModel;
import ai.talent.tutoring.tracing.MasteryVector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Plans the way to a goal over the taxonomy's prerequisites: the goal skills and everything they build on, minus
 * what the learner has mastered (model mastery at or above the threshold), ordered so that every skill comes after
 * its prerequisites in the plan; among the skills ready to learn, the one most in demand on the {@code projects}
 * topic goes first (then the least mastered, then by id).
 */
public final class GoalPlanner {

    private final SkillTaxonomy taxonomy;
    private final double masteredAt;
    private final int exercisesPerStep;

    public GoalPlanner(SkillTaxonomy taxonomy, double masteredAt, int exercisesPerStep) {
        this.taxonomy = taxonomy;
        this.masteredAt = masteredAt;
        this.exercisesPerStep = exercisesPerStep;
    }

    public LearningPlan plan(String learnerId, String goal, String goalKind, List<String> goalSkills,
            MasteryModel model, MasteryVector mastery, Demand demand, ExerciseSource exercises, double bandLow,
            double bandHigh) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String skill : goalSkills) {
            wanted.add(skill);
            taxonomy.prerequisitesOf(skill).forEach(p -> wanted.add(p.id()));
        }
        List<String> mastered = new ArrayList<>();
        Set<String> open = new LinkedHashSet<>();
        for (String skill : wanted) {
            if (mastery.of(skill, 0) >= masteredAt) {
                mastered.add(skill);
            } else {
                open.add(skill);
            }
        }
        Comparator<String> priority = Comparator.comparingDouble((String s) -> -demand.of(s))
                .thenComparingDouble(s -> mastery.of(s, 0)).thenComparing(s -> s);
        List<LearningPlan.Step> steps = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < open.size()) {
            String next = open.stream().filter(s -> !placed.contains(s))
                    .filter(s -> directPrerequisites(s).stream().filter(open::contains).allMatch(placed::contains))
                    .min(priority).orElseThrow(() -> new IllegalStateException("prerequisite cycle among " + open));
            placed.add(next);
            List<String> before = directPrerequisites(next).stream().filter(open::contains).toList();
            double m = mastery.of(next, 0);
            steps.add(new LearningPlan.Step(next, taxonomy.byId(next).map(Skill::nameEn).orElse(next), m,
                    demand.of(next), goalSkills.contains(next), before,
                    practice(next, model, mastery, exercises, bandLow, bandHigh),
                    reason(next, goalSkills, m, demand.of(next), before)));
        }
        return new LearningPlan(learnerId, goal, goalKind, goalSkills, model.version(), demand.projects(), steps,
                mastered);
    }

    private List<String> directPrerequisites(String skill) {
        return taxonomy.byId(skill).map(Skill::prerequisites).orElse(List.of());
    }

    /** The skill's exercises, predicted success nearest the target band's middle first. */
    private List<String> practice(String skill, MasteryModel model, MasteryVector mastery, ExerciseSource exercises,
            double low, double high) {
        double middle = (low + high) / 2;
        return exercises.forSkill(skill).stream()
                .sorted(Comparator.comparingDouble((String e) -> Math.abs(model.predict(mastery, e,
                        exercises.skillsOf(e).orElse(List.of(skill))) - middle)).thenComparing(e -> e))
                .limit(exercisesPerStep).toList();
    }

    private String reason(String skill, List<String> goalSkills, double mastery, double demand, List<String> before) {
        String what = goalSkills.contains(skill) ? "goal skill" : "builds towards the goal";
        String after = before.isEmpty() ? "" : "; after " + String.join(", ", before);
        return String.format(Locale.ROOT, "%s; estimated mastery %.0f%% (mastered from %.0f%%); asked for by %s "
                + "projects seen%s", what, 100 * mastery, 100 * masteredAt, trim(demand), after);
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
