package ai.talent.tutoring.learning;

import java.util.List;

/**
 * The way to a goal (a skill, or a role seen in project titles): the skills to learn in order, prerequisites first,
 * those already mastered left out and listed apart.
 *
 * @param goalSkills the skills the goal stands for
 * @param projectsSeen projects on the {@code projects} topic the demand figures come from
 */
public record LearningPlan(String learnerId, String goal, String goalKind, List<String> goalSkills, String model,
                           int projectsSeen, List<Step> steps, List<String> mastered) {

    /**
     * One skill to learn.
     *
     * @param demand how many projects seen ask for it (required 1, nice to have 0.5)
     * @param prerequisites its direct prerequisites that are steps of this plan (they come earlier)
     * @param exerciseIds practice for it, predicted success nearest the target band first
     */
    public record Step(String skillId, String name, double mastery, double demand, boolean goal,
                       List<String> prerequisites, List<String> exerciseIds, String reason) {
    }
}
