package ai.talent.sim;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.event.SkillMastery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LearningTruthTests {

    private final Marketplace market = new Marketplace(new SimConfig(0, 0, 0, 200, 300, 60, 0, 5, 0.5, 0.2, 0.3));

    @Test
    void masteryGrowsWithPractice() {
        int grew = 0;
        int skills = 0;
        for (long l = 0; l < 200; l++) {
            Map<String, List<Double>> trajectory = new HashMap<>();
            market.attempts(market.learner(l), a -> {
                for (SkillMastery m : a.truth().masteryBefore()) {
                    trajectory.computeIfAbsent(m.skillId(), k -> new ArrayList<>()).add(m.mastery());
                }
            });
            for (List<Double> t : trajectory.values()) {
                if (t.size() >= 8) {
                    skills++;
                    if (t.get(t.size() - 1) > t.get(0)) {
                        grew++;
                    }
                }
            }
        }
        assertThat(skills).isGreaterThan(100);
        assertThat(grew / (double) skills).isGreaterThan(0.8);
    }

    @Test
    void masteryDecaysTowardItsStartWithoutPractice() {
        assertThat(LearningSimulator.decayed(0.9, 0.2, 0, 10)).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(LearningSimulator.decayed(0.9, 0.2, 10, 10)).isCloseTo(0.55, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(LearningSimulator.decayed(0.9, 0.2, 200, 10)).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void correctnessFollowsMasteryAndDifficulty() {
        assertThat(LearningSimulator.correctProbability(0.9, 0.2)).isGreaterThan(0.85);
        assertThat(LearningSimulator.correctProbability(0.1, 0.9)).isLessThan(0.2);
        BinnedAuc auc = new BinnedAuc();
        for (long l = 0; l < 100; l++) {
            market.attempts(market.learner(l), a -> auc.add(a.truth().correctProbability(), a.event().attempt().correct()));
        }
        assertThat(auc.auc()).isGreaterThan(0.7);
    }

    @Test
    void someExercisesHaveTwoSkills() {
        long two = market.exercises().stream().filter(x -> x.skillIds().size() == 2).count();
        assertThat(two).isBetween(30L, 150L);
    }
}
