package ai.talent.matching.explain;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.model.BudgetType;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Language;
import ai.talent.domain.model.Money;
import ai.talent.domain.model.Region;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.model.SkillRequirement;
import ai.talent.matching.rank.Budgets;
import ai.talent.matching.rank.DefaultRanker;
import ai.talent.matching.rank.FreelancerActivity;
import ai.talent.matching.rank.MatchFeature;
import ai.talent.matching.rank.MatchFeatures;
import ai.talent.matching.rank.MatchQuery;
import ai.talent.matching.retrieval.HardFilters;
import ai.talent.matching.text.MatchTexts;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class MatchExplainerTests {

    private final MatchFeatures features = new MatchFeatures(new Budgets(40));
    private final MatchExplainer explainer = new MatchExplainer(MatchTexts.standard(), features);
    private final DefaultRanker ranker = new DefaultRanker();

    private final MatchQuery query = new MatchQuery("p-1", "Payment API", "Spring Boot services in Kotlin",
            Language.EN, List.of(new SkillRequirement("java", 3), new SkillRequirement("spring-boot", 3),
            new SkillRequirement("kotlin", 2)), List.of(new SkillRequirement("docker", 2)), BudgetType.HOURLY,
            50_000, 8, Region.SEOUL, true, HardFilters.NONE);

    private final Freelancer candidate = new Freelancer("f-1", "Park", "Java developer", "Backend in Java",
            Language.EN, List.of(new SkillLevel("java", 4, 6), new SkillLevel("spring-boot", 2, 1)),
            Money.krw(60_000), Region.SEOUL, true, List.of("en"), 30, 4.6, 12, 15);

    @Test
    void anExplanationNamesMatchedAndMissingSkillsTheRateAndWhatMovedTheScore() {
        float[] x = features.of(query, candidate, 0.4, FreelancerActivity.NONE, OptionalDouble.empty());
        MatchExplanation e = explainer.explain(query, candidate, x, ranker, 5);

        assertThat(e.matchedSkills()).extracting(SkillEvidence::skillId).containsExactly("java", "spring-boot");
        assertThat(e.matchedSkills().get(1).level()).isEqualTo(2);
        assertThat(e.missingSkills()).extracting(SkillEvidence::skillId).containsExactly("kotlin", "docker");
        assertThat(e.missingSkills().get(0).required()).isTrue();
        assertThat(e.missingSkills().get(1).required()).isFalse();
        assertThat(e.rateFit().hourlyBudgetKrw()).isEqualTo(50_000);
        assertThat(e.rateFit().verdict()).contains("20% above the budget");
        assertThat(e.topContributions()).hasSizeLessThanOrEqualTo(5).isNotEmpty();
        assertThat(e.topContributions().get(0).feature()).isEqualTo(MatchFeature.SKILL_COVERAGE.name());
        for (int i = 1; i < e.topContributions().size(); i++) {
            assertThat(Math.abs(e.topContributions().get(i).value()))
                    .isLessThanOrEqualTo(Math.abs(e.topContributions().get(i - 1).value()));
        }
        assertThat(e.reasons()).anyMatch(r -> r.startsWith("holds 2 of 3 required skills (Java 4/3"));
        assertThat(e.reasons()).anyMatch(r -> r.contains("missing required: Kotlin"));
        assertThat(e.reasons()).anyMatch(r -> r.startsWith("rank drivers: skills"));
    }

    @Test
    void whatWouldRaiseAMatchIsTheMissingSkillWithTheLargestGainAndTheRankItBrings() {
        float[] x = features.of(query, candidate, 0.4, FreelancerActivity.NONE, OptionalDouble.empty());
        double score = ranker.score(new float[][] {x})[0];
        double[] others = {score + 0.05, score + 0.1, score + 0.6, score - 0.2};

        List<Improvement> raise = explainer.improvements(query, candidate, 0.4, FreelancerActivity.NONE,
                OptionalDouble.empty(), ranker, others, 3);

        assertThat(raise).extracting(Improvement::skillId).containsExactly("kotlin", "docker", "spring-boot");
        assertThat(raise.get(0).scoreGain()).isGreaterThan(raise.get(1).scoreGain()).isPositive();
        assertThat(raise.get(0).rankNow()).isEqualTo(4);
        assertThat(raise.get(0).rankAfter()).isLessThan(4);
        assertThat(raise.get(0).required()).isTrue();
        assertThat(raise.get(0).name()).isEqualTo("Kotlin");
    }
}
