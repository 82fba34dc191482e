package ai.talent.sim.harness;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-learner counts from the answers seen so far, as features of the next question (in the spirit of
 * performance factor analysis): the published difficulty, successes and failures on the exercise's skills,
 * smoothed accuracies, days since the skill was last practised, and the learner's overall and recent accuracy.
 * Never the current answer or its duration.
 */
public final class TracingFeatures {

    public static final List<String> NAMES = List.of("difficulty", "log successes", "log failures",
            "skill accuracy", "second skill accuracy", "two skills", "learner accuracy", "recent accuracy",
            "log days since practice", "log attempts");

    private static final int RECENT = 5;

    private static final class Learner {
        final Map<String, int[]> skills = new HashMap<>();
        final Map<String, Long> lastSeen = new HashMap<>();
        final Deque<Boolean> recent = new ArrayDeque<>();
        int attempts;
        int correct;
    }

    private final Map<String, Learner> learners = new HashMap<>();

    public double[] of(TracingQuestion q) {
        Learner l = learners.getOrDefault(q.learnerId(), new Learner());
        List<String> skills = q.exercise().skillIds();
        int[] first = l.skills.getOrDefault(skills.get(0), new int[2]);
        int[] second = skills.size() > 1 ? l.skills.getOrDefault(skills.get(1), new int[2]) : first;
        Long last = l.lastSeen.get(skills.get(0));
        double days = last == null ? 30 : (q.time().getEpochSecond() - last) / 86_400.0;
        long recentCorrect = l.recent.stream().filter(b -> b).count();
        return new double[] {
            q.exercise().difficulty(),
            Math.log1p(first[0]),
            Math.log1p(first[1]),
            skillAccuracy(q),
            (second[0] + 1.0) / (second[0] + second[1] + 2.0),
            skills.size() > 1 ? 1 : 0,
            (l.correct + 1.0) / (l.attempts + 2.0),
            (recentCorrect + 1.0) / (l.recent.size() + 2.0),
            Math.log1p(Math.max(0, days)),
            Math.log1p(l.attempts)};
    }

    /** The learner's smoothed accuracy on the exercise's first skill so far (the one-feature rule). */
    public double skillAccuracy(TracingQuestion q) {
        Learner l = learners.get(q.learnerId());
        int[] s = l == null ? new int[2] : l.skills.getOrDefault(q.exercise().skillIds().get(0), new int[2]);
        return (s[0] + 1.0) / (s[0] + s[1] + 2.0);
    }

    /** The smoothed accuracy on a skill, as a rough mastery estimate. */
    public double skillAccuracy(String learnerId, String skillId) {
        Learner l = learners.get(learnerId);
        int[] s = l == null ? new int[2] : l.skills.getOrDefault(skillId, new int[2]);
        return (s[0] + 1.0) / (s[0] + s[1] + 2.0);
    }

    public void observe(TracingQuestion q, TracingOutcome outcome) {
        Learner l = learners.computeIfAbsent(q.learnerId(), id -> new Learner());
        for (String skill : q.exercise().skillIds()) {
            l.skills.computeIfAbsent(skill, s -> new int[2])[outcome.correct() ? 0 : 1]++;
            l.lastSeen.put(skill, q.time().getEpochSecond());
        }
        l.attempts++;
        if (outcome.correct()) {
            l.correct++;
        }
        l.recent.addLast(outcome.correct());
        if (l.recent.size() > RECENT) {
            l.recent.removeFirst();
        }
    }
}
