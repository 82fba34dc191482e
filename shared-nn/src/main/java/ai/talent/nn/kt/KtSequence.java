package ai.talent.nn.kt;

import java.util.Arrays;

/**
 * One learner's attempts in order, one row per (problem, skill): a problem tagged with several skills appears
 * as consecutive rows with the same question id, one per skill, sharing the response. Ids start at 1; 0 means
 * "none" (an unknown question, or padding inside the models).
 *
 * @param learner the learner's id (for reports; the models never see it)
 * @param questions question (problem) id per row
 * @param skills skill id per row
 * @param correct 1 when the row's response was correct, else 0
 */
public record KtSequence(String learner, int[] questions, int[] skills, int[] correct) {

    public KtSequence {
        if (questions.length != skills.length || skills.length != correct.length) {
            throw new IllegalArgumentException("learner " + learner + ": questions, skills and correct differ in length ("
                    + questions.length + ", " + skills.length + ", " + correct.length + ")");
        }
        for (int i = 0; i < skills.length; i++) {
            if (skills[i] < 1 || questions[i] < 0 || (correct[i] != 0 && correct[i] != 1)) {
                throw new IllegalArgumentException("learner " + learner + " row " + i + ": skill must be >= 1, question >= 0 "
                        + "and correct 0 or 1, got " + skills[i] + ", " + questions[i] + ", " + correct[i]);
            }
        }
    }

    public int length() {
        return skills.length;
    }

    /**
     * The problem each row belongs to, counted from 0: consecutive rows with the same question id are one
     * problem (a multi-skill problem's repeated rows). A row whose question is unknown (0) is a problem of its own.
     */
    public int[] problems() {
        int[] group = new int[length()];
        for (int i = 1; i < group.length; i++) {
            boolean sameProblem = questions[i] != 0 && questions[i] == questions[i - 1];
            group[i] = sameProblem ? group[i - 1] : group[i - 1] + 1;
        }
        return group;
    }

    /** Rows {@code [from, to)} as a sequence of their own. */
    public KtSequence slice(int from, int to) {
        return new KtSequence(learner, Arrays.copyOfRange(questions, from, to), Arrays.copyOfRange(skills, from, to),
                Arrays.copyOfRange(correct, from, to));
    }

    /** Largest skill id used. */
    public int maxSkill() {
        return Arrays.stream(skills).max().orElse(0);
    }

    /** Largest question id used. */
    public int maxQuestion() {
        return Arrays.stream(questions).max().orElse(0);
    }
}
