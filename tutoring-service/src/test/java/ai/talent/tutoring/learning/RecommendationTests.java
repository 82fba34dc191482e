package ai.talent.tutoring.learning;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.model.Exercise;
import ai.talent.domain.skill.Skill;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.sim.Marketplace;
import ai.talent.sim.SimConfig;
import ai.talent.tutoring.demand.Demand;
import ai.talent.tutoring.demand.ProjectDemand;
import ai.talent.tutoring.tracing.DktMasteryModel;
import ai.talent.tutoring.tracing.MasteryVector;
import ai.talent.tutoring.tracing.SimulatedLearners;
import ai.talent.tutoring.tracing.TinyModel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Next exercises and goal paths from the trained model's mastery, over the simulator's exercise catalogue. */
class RecommendationTests {

    private static final SkillTaxonomy TAXONOMY = SkillTaxonomy.standard();
    private static DktMasteryModel model;
    private static ExerciseCatalog catalog;
    private static LearningService learning;
    private static LearnerState learner;

    @BeforeAll
    static void learner() {
        model = TinyModel.load();
        catalog = new ExerciseCatalog();
        for (Exercise e : new Marketplace(SimConfig.of(1, 1, 1, 42)).exercises()) {
            catalog.add(e.id(), e.skillIds());
        }
        learning = new LearningService(catalog, model, new LearningPlanner(TAXONOMY, 0.8, 0.5, 3, 3), null, 1000);
        learner = LearnerState.empty("l-1");
        for (SimulatedLearners.TracedAttempt a : SimulatedLearners.generate(3, 60, 600_000).get(2).attempts()) {
            learner = learning.advance(learner, a.attempt(), "e");
        }
    }

    @Test
    void nextExercisesLieInTheBandAndVaryAcrossSkills() {
        MasteryVector mastery = learning.mastery(learner);
        for (double[] band : new double[][] {{0.6, 0.8}, {0.4, 0.7}, {0.0, 1.0}}) {
            List<ExerciseRecommender.Recommended> next = ExerciseRecommender.recommend(model, mastery, catalog.all(),
                    Set.of(), band[0], band[1], 10);
            assertThat(next).as("band %s–%s", band[0], band[1]).isNotEmpty().hasSizeLessThanOrEqualTo(10)
                    .allSatisfy(r -> {
                        assertThat(r.predictedSuccess()).isBetween(band[0], band[1]);
                        assertThat(r.predictedSuccess()).isEqualTo(model.predict(mastery, r.exerciseId(), r.skillIds()));
                    });
            Set<String> firstSkills = new HashSet<>();
            next.forEach(r -> firstSkills.add(r.skillIds().get(0)));
            long candidateSkills = catalog.all().stream()
                    .filter(e -> {
                        double p = model.predict(mastery, e.exerciseId(), e.skillIds());
                        return p >= band[0] && p <= band[1];
                    }).map(e -> e.skillIds().get(0)).distinct().count();
            assertThat(firstSkills).as("one exercise per skill before any skill gets a second")
                    .hasSize((int) Math.min(next.size(), candidateSkills));
        }
    }

    @Test
    void solvedExercisesAreNotRecommendedAgain() {
        MasteryVector mastery = learning.mastery(learner);
        List<ExerciseRecommender.Recommended> all = ExerciseRecommender.recommend(model, mastery, catalog.all(),
                Set.of(), 0, 1, 5);
        Set<String> solved = Set.of(all.get(0).exerciseId());
        assertThat(ExerciseRecommender.recommend(model, mastery, catalog.all(), solved, 0, 1, 5))
                .extracting(ExerciseRecommender.Recommended::exerciseId).doesNotContain(all.get(0).exerciseId());
    }

    @Test
    void learningPathPutsEveryPrerequisiteBeforeTheSkillsBuiltOnIt() {
        GoalPlanner planner = new GoalPlanner(TAXONOMY, 0.99, 2);
        LearningPlan plan = planner.plan("l-1", "next-js", "skill", List.of("next-js"), model,
                learning.mastery(learner), new Demand(List.of()), catalog, 0.6, 0.8);
        List<String> order = plan.steps().stream().map(LearningPlan.Step::skillId).toList();
        assertThat(order).contains("next-js", "react", "javascript");
        assertThat(order.getLast()).isEqualTo("next-js");
        for (LearningPlan.Step step : plan.steps()) {
            for (String prerequisite : TAXONOMY.byId(step.skillId()).orElseThrow().prerequisites()) {
                if (order.contains(prerequisite)) {
                    assertThat(order.indexOf(prerequisite)).as("%s before %s", prerequisite, step.skillId())
                            .isLessThan(order.indexOf(step.skillId()));
                }
            }
            assertThat(step.exerciseIds()).allSatisfy(e ->
                    assertThat(catalog.skillsOf(e).orElseThrow()).contains(step.skillId()));
        }
    }

    @Test
    void masteredSkillsAreSkippedAndDemandOrdersSkillsThatAreReady() {
        MasteryVector mastery = learning.mastery(learner);
        // a threshold between the model's mastery of javascript and react: javascript counts as mastered
        double js = mastery.of("javascript", 0);
        double react = mastery.of("react", 0);
        String goal = "next-js";
        GoalPlanner planner = new GoalPlanner(TAXONOMY, Math.min(js, 0.999) - 1e-4, 2);
        LearningPlan plan = planner.plan("l-1", goal, "skill", List.of(goal), model, mastery, new Demand(List.of()),
                catalog, 0.6, 0.8);
        List<String> order = plan.steps().stream().map(LearningPlan.Step::skillId).toList();
        assertThat(plan.mastered()).contains("javascript");
        assertThat(order).doesNotContainAnyElementsOf(plan.mastered());
        plan.steps().forEach(s -> assertThat(s.mastery()).isLessThan(Math.min(js, 0.999) - 1e-4));
        assertThat(react).isNotNaN();

        // two independent goals: the one more projects ask for comes first
        Skill a = TAXONOMY.byId("figma").orElseThrow();
        Skill b = TAXONOMY.byId("sql").orElseThrow();
        Map<String, Integer> asks = new HashMap<>(Map.of(a.id(), 1, b.id(), 5));
        List<ProjectDemand> projects = new java.util.ArrayList<>();
        asks.forEach((skill, n) -> {
            for (int i = 0; i < n; i++) {
                projects.add(new ProjectDemand(skill + "-" + i, "Project", List.of(skill), List.of()));
            }
        });
        LearningPlan byDemand = new GoalPlanner(TAXONOMY, 1.01, 2).plan("l-1", "both", "role",
                List.of(a.id(), b.id()), model, mastery, new Demand(projects), catalog, 0.6, 0.8);
        List<String> goals = byDemand.steps().stream().filter(LearningPlan.Step::goal)
                .map(LearningPlan.Step::skillId).toList();
        assertThat(goals).containsExactly(b.id(), a.id());
    }

    @Test
    void aRoleStandsForTheSkillsMostProjectsNamingItRequire() {
        Demand demand = new Demand(List.of(
                new ProjectDemand("p1", "Backend developer for payments", List.of("java", "sql"), List.of()),
                new ProjectDemand("p2", "Senior backend developer", List.of("java", "kafka"), List.of()),
                new ProjectDemand("p3", "Designer", List.of("figma"), List.of())));
        assertThat(demand.roleSkills("backend developer", 6, 0.25)).hasValueSatisfying(skills ->
                assertThat(skills).startsWith("java").containsExactlyInAnyOrder("java", "sql", "kafka"));
        assertThat(demand.roleSkills("astronaut", 6, 0.25)).isEmpty();
        assertThat(demand.of("java")).isEqualTo(2.0);
    }
}
