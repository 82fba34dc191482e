package ai.talent.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.talent.domain.event.SkillMastery;
import ai.talent.domain.model.Attempt;
import ai.talent.sim.harness.Metrics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The learning truth: mastery grows with practice, more slowly while prerequisites are weak, decays without
 * practice, and exercises have their own difficulty — each shown on fixed seeds with the mechanism on and off.
 */
class LearningTruthTests {

    private static final int LEARNERS = 300;

    private static Marketplace market(Mechanisms mechanisms) {
        return new Marketplace(SimConfig.of(0, 0, LEARNERS, 5).withMechanisms(mechanisms));
    }

    /** Every learner's attempts, in order. */
    private static List<List<SimAttempt>> attempts(Marketplace market) {
        List<List<SimAttempt>> out = new ArrayList<>();
        for (long l = 0; l < LEARNERS; l++) {
            List<SimAttempt> mine = new ArrayList<>();
            market.attempts(market.learner(l), mine::add);
            out.add(mine);
        }
        return out;
    }

    private static double mastery(SimAttempt a, String skill) {
        for (SkillMastery m : a.truth().masteryBefore()) {
            if (m.skillId().equals(skill)) {
                return m.mastery();
            }
        }
        return Double.NaN;
    }

    @Test
    void masteryGrowsWithPractice() {
        int grew = 0;
        int skills = 0;
        for (List<SimAttempt> learner : attempts(market(Mechanisms.defaults().with("decay", 0)))) {
            Map<String, List<Double>> trajectory = new HashMap<>();
            for (SimAttempt a : learner) {
                for (SkillMastery m : a.truth().masteryBefore()) {
                    trajectory.computeIfAbsent(m.skillId(), k -> new ArrayList<>()).add(m.mastery());
                }
            }
            for (List<Double> t : trajectory.values()) {
                if (t.size() >= 8) {
                    skills++;
                    if (t.get(t.size() - 1) > t.get(0)) {
                        grew++;
                    }
                }
            }
        }
        assertThat(skills).isGreaterThan(200);
        assertThat(grew / (double) skills).isGreaterThan(0.9);
    }

    /**
     * Growth of a skill from one attempt to the learner's next attempt on it in the same sitting, per unit of the
     * learner's rate and the room left (1 − mastery), split by the prerequisite's mastery; returns weak / strong.
     */
    private static double growthWithWeakOverStrongPrerequisite(Marketplace market) {
        double[] weak = new double[2];
        double[] strong = new double[2];
        for (List<SimAttempt> learner : attempts(market)) {
            double rate = market.learner(learnerIndex(learner.get(0))).truth().learningRate();
            for (int i = 0; i < learner.size(); i++) {
                SimAttempt a = learner.get(i);
                List<String> tags = a.event().attempt().skillIds();
                if (tags.size() < 2) {
                    continue;
                }
                String skill = tags.get(0);
                double prerequisite = mastery(a, tags.get(1));
                for (int j = i + 1; j < learner.size(); j++) {
                    SimAttempt next = learner.get(j);
                    if (next.event().attempt().skillIds().contains(skill)) {
                        long gap = next.event().occurredAt().getEpochSecond() - a.event().occurredAt().getEpochSecond();
                        if (gap < 3600) {
                            double before = mastery(a, skill);
                            double growth = (mastery(next, skill) - before)
                                    / ((1 - before) * rate * (a.event().attempt().correct() ? 1 : 0.5));
                            double[] bucket = prerequisite < 0.3 ? weak : prerequisite >= 0.6 ? strong : null;
                            if (bucket != null) {
                                bucket[0] += growth;
                                bucket[1]++;
                            }
                        }
                        break;
                    }
                }
            }
        }
        assertThat(weak[1]).isGreaterThan(30);
        assertThat(strong[1]).isGreaterThan(30);
        return (weak[0] / weak[1]) / (strong[0] / strong[1]);
    }

    private static long learnerIndex(SimAttempt a) {
        return Long.parseLong(a.event().attempt().learnerId().substring(2));
    }

    @Test
    void masteryGrowsMoreSlowlyWhilePrerequisitesAreWeak() {
        assertThat(growthWithWeakOverStrongPrerequisite(market(Mechanisms.defaults()))).isLessThan(0.6);
        assertThat(growthWithWeakOverStrongPrerequisite(market(Mechanisms.defaults().with("prerequisites", 0))))
                .isCloseTo(1.0, within(0.1));
    }

    /** Share of returns to a skill after three days or more that find its mastery lower than last time. */
    private static double forgottenAfterABreak(Marketplace market) {
        int returns = 0;
        int lower = 0;
        for (List<SimAttempt> learner : attempts(market)) {
            Map<String, SimAttempt> last = new HashMap<>();
            for (SimAttempt a : learner) {
                for (String skill : a.event().attempt().skillIds()) {
                    SimAttempt previous = last.put(skill, a);
                    if (previous != null && a.event().occurredAt().getEpochSecond()
                            - previous.event().occurredAt().getEpochSecond() > 3 * 86_400) {
                        returns++;
                        if (mastery(a, skill) < mastery(previous, skill)) {
                            lower++;
                        }
                    }
                }
            }
        }
        assertThat(returns).isGreaterThan(200);
        return lower / (double) returns;
    }

    @Test
    void masteryDecaysWithoutPractice() {
        assertThat(forgottenAfterABreak(market(Mechanisms.defaults()))).isGreaterThan(0.3);
        assertThat(forgottenAfterABreak(market(Mechanisms.defaults().with("decay", 0)))).isZero();
        assertThat(LearningSimulator.decayed(0.9, 0.2, 10, 10)).isCloseTo(0.55, within(1e-9));
    }

    /** AUC of the correct answers: by mastery alone, and by the true probability (mastery and difficulty). */
    private static double[] aucByMasteryAndByTruth(Marketplace market) {
        List<double[]> rows = new ArrayList<>();
        for (List<SimAttempt> learner : attempts(market)) {
            for (SimAttempt a : learner) {
                double weakest = a.truth().masteryBefore().stream().mapToDouble(SkillMastery::mastery).min().orElseThrow();
                rows.add(new double[] {weakest, a.truth().correctProbability(), a.event().attempt().correct() ? 1 : 0});
            }
        }
        double[] mastery = rows.stream().mapToDouble(r -> r[0]).toArray();
        double[] truth = rows.stream().mapToDouble(r -> r[1]).toArray();
        boolean[] correct = new boolean[rows.size()];
        for (int i = 0; i < correct.length; i++) {
            correct[i] = rows.get(i)[2] == 1;
        }
        return new double[] {Metrics.auc(mastery, correct), Metrics.auc(truth, correct)};
    }

    @Test
    void exercisesHaveTheirOwnDifficulty() {
        double[] on = aucByMasteryAndByTruth(market(Mechanisms.defaults()));
        double[] off = aucByMasteryAndByTruth(market(Mechanisms.defaults().with("difficulty", 0)));
        assertThat(on[1] - on[0]).as("difficulty adds to mastery (on: %s, off: %s)", on, off).isGreaterThan(0.03);
        assertThat(off[1] - off[0]).isCloseTo(0, within(0.005));
        assertThat(on[1]).isGreaterThan(0.7);
    }

    @Test
    void everySkillHasAtLeastEightExercisesAndSomeAlsoExerciseAPrerequisite() {
        Marketplace market = market(Mechanisms.defaults());
        Map<String, Long> perSkill = market.exercises().stream()
                .collect(Collectors.groupingBy(x -> x.skillIds().get(0), Collectors.counting()));
        assertThat(perSkill).hasSize(ai.talent.domain.skill.SkillTaxonomy.standard().size());
        assertThat(perSkill.values()).allMatch(n -> n >= 8);
        long two = market.exercises().stream().filter(x -> x.skillIds().size() == 2).count();
        assertThat(two).isGreaterThan(market.exercises().size() / 10);
    }

    @Test
    void theAttemptsDurationDependsOnItsOwnOutcomeSoItIsNeverAFeatureOfIt() {
        // wrong answers take longer: a model given the current attempt's duration would read its label
        double right = 0;
        double wrong = 0;
        int nRight = 0;
        int nWrong = 0;
        for (List<SimAttempt> learner : attempts(market(Mechanisms.defaults()))) {
            for (SimAttempt a : learner) {
                Attempt at = a.event().attempt();
                if (at.correct()) {
                    right += at.durationSeconds();
                    nRight++;
                } else {
                    wrong += at.durationSeconds();
                    nWrong++;
                }
            }
        }
        assertThat(wrong / nWrong).isGreaterThan(right / nRight + 15);
    }
}
