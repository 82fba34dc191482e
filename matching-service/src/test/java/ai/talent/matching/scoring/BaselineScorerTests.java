package ai.talent.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.model.BudgetType;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.model.SkillRequirement;
import ai.talent.service.testing.SampleEvents;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineScorerTests {

    private final BaselineScorer scorer = new BaselineScorer(0.7, 0.5, 40);
    private final ProjectNeeds javaProject = new ProjectNeeds(
            List.of(new SkillRequirement("java", 3), new SkillRequirement("spring-boot", 3)),
            List.of(new SkillRequirement("kafka", 2)), BudgetType.HOURLY, 50_000, 8);

    @Test
    void ranksFullCoverageAboveMissingSkillsAndLowLevels() {
        Freelancer full = freelancer("a-full", 50_000, new SkillLevel("java", 4, 5), new SkillLevel("spring-boot", 3, 3),
                new SkillLevel("kafka", 2, 1));
        Freelancer lowLevel = freelancer("b-low", 50_000, new SkillLevel("java", 1, 1), new SkillLevel("spring-boot", 1, 1));
        Freelancer half = freelancer("c-half", 50_000, new SkillLevel("java", 5, 9));

        List<MatchScore> ranking = scorer.rank(javaProject, List.of(half, lowLevel, full), 10);

        assertThat(ranking).extracting(MatchScore::freelancerId).containsExactly("a-full", "c-half", "b-low");
        assertThat(ranking.get(0).skillCoverage()).isEqualTo(1.0);
        assertThat(ranking.get(0).score()).isEqualTo(1.0);
        assertThat(ranking.get(2).skillCoverage()).isEqualTo((1.0 / 3 + 1.0 / 3) / 2.5, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void leavesOutFreelancersWithoutAnyRequiredSkill() {
        Freelancer designer = freelancer("designer", 10_000, new SkillLevel("figma", 5, 9), new SkillLevel("kafka", 5, 9));
        assertThat(scorer.rank(javaProject, List.of(designer), 10)).isEmpty();
    }

    @Test
    void penalisesARateAboveTheHourlyBudget() {
        Freelancer affordable = freelancer("affordable", 50_000, new SkillLevel("java", 3, 3), new SkillLevel("spring-boot", 3, 3));
        Freelancer pricey = freelancer("pricey", 100_000, new SkillLevel("java", 3, 3), new SkillLevel("spring-boot", 3, 3));

        MatchScore cheap = scorer.score(javaProject, affordable).orElseThrow();
        MatchScore dear = scorer.score(javaProject, pricey).orElseThrow();

        assertThat(cheap.rateFit()).isEqualTo(1.0);
        assertThat(dear.rateFit()).isEqualTo(0.25);
        assertThat(dear.score()).isLessThan(cheap.score());
        assertThat(dear.reasons()).anyMatch(r -> r.contains("exceeds"));
    }

    @Test
    void comparesAFixedBudgetWithTheRateOverTheProjectDuration() {
        var fixed = new ProjectNeeds(List.of(new SkillRequirement("java", 3)), List.of(), BudgetType.FIXED,
                8 * 40 * 30_000L, 8);
        assertThat(scorer.rateFit(fixed, 30_000)).isEqualTo(1.0);
        assertThat(scorer.rateFit(fixed, 60_000)).isEqualTo(0.25);
    }

    @Test
    void cutsTheRankingAtTheLimit() {
        var many = List.of(freelancer("x1", 1, new SkillLevel("java", 3, 1)), freelancer("x2", 1, new SkillLevel("java", 3, 1)),
                freelancer("x3", 1, new SkillLevel("java", 3, 1)));
        assertThat(scorer.rank(javaProject, many, 2)).extracting(MatchScore::freelancerId).containsExactly("x1", "x2");
    }

    private static Freelancer freelancer(String id, long rate, SkillLevel... skills) {
        return SampleEvents.freelancer(id, "Engineer", rate, List.of(skills));
    }
}
