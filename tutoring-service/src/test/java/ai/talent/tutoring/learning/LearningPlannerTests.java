package ai.talent.tutoring.learning;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.event.NextStep;
import ai.talent.domain.skill.SkillTaxonomy;
import java.util.List;
import org.junit.jupiter.api.Test;

class LearningPlannerTests {

    private final KnowledgeTracer tracer = new KnowledgeTracer(0.2, 0.15, 0.1, 0.2);
    private final LearningPlanner planner = new LearningPlanner(SkillTaxonomy.standard(), 0.8, 0.5, 3, 2);
    private final ExerciseCatalog catalog = new ExerciseCatalog();

    @Test
    void strugglingWithASkillRecommendsItsUnpractisedPrerequisiteFirst() {
        LearnerProgress progress = new LearnerProgress("l-1");
        answer(progress, "react-1", "react", false);
        answer(progress, "react-2", "react", true);
        answer(progress, "react-3", "react", false);
        catalog.add("js-1", List.of("javascript"));

        List<NextStep> steps = planner.plan(progress, catalog);

        assertThat(steps).extracting(NextStep::skillId).containsExactly("javascript", "react");
        assertThat(steps.get(0).reason()).contains("prerequisite of React").contains("not practised");
        assertThat(steps.get(0).exerciseIds()).containsExactly("js-1");
        assertThat(steps.get(1).exerciseIds()).as("wrongly answered exercises first, at most 2")
                .containsExactly("react-1", "react-3");
    }

    @Test
    void masteredSkillsNeedNoStep() {
        LearnerProgress progress = new LearnerProgress("l-2");
        for (int i = 0; i < 6; i++) {
            answer(progress, "java-" + i, "java", true);
        }
        assertThat(progress.estimate("java").orElseThrow().mastery()).isGreaterThan(0.8);
        assertThat(planner.plan(progress, catalog)).isEmpty();
    }

    @Test
    void weakestSkillComesFirstAndStepsAreCapped() {
        LearnerProgress progress = new LearnerProgress("l-3");
        answer(progress, "py-1", "python", true);
        answer(progress, "sql-1", "sql", false);
        answer(progress, "java-1", "java", false);
        answer(progress, "java-2", "java", false);
        answer(progress, "go-1", "go", true);

        List<NextStep> steps = planner.plan(progress, catalog);

        assertThat(steps).hasSize(3);
        assertThat(steps.get(0).skillId()).isEqualTo("java");
    }

    private void answer(LearnerProgress progress, String exercise, String skill, boolean correct) {
        catalog.add(exercise, List.of(skill));
        progress.record(exercise, List.of(skill), correct, tracer);
    }
}
