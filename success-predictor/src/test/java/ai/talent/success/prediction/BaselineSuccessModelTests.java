package ai.talent.success.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.talent.domain.event.FeatureContribution;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Language;
import ai.talent.domain.model.Money;
import ai.talent.domain.model.Project;
import ai.talent.domain.model.Region;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.model.SkillRequirement;
import ai.talent.service.testing.SampleEvents;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BaselineSuccessModelTests {

    private final BaselineSuccessModel model = new BaselineSuccessModel(0.4, 1.2, 1.5, 0.8, 0.5);
    private final Project project = SampleEvents.project("p-1", 50_000, List.of(new SkillRequirement("java", 3),
            new SkillRequirement("spring-boot", 3)));

    @Test
    void predictsHighForARatedExperiencedFreelancerWhoCoversTheSkillsWithinBudget() {
        Freelancer strong = freelancer(4.9, 20, 40, List.of(new SkillLevel("java", 4, 6), new SkillLevel("spring-boot", 3, 4)));
        Prediction p = model.predict(BaselineSuccessModel.features(Optional.of(project), Optional.of(strong), 45_000));

        assertThat(p.probability()).isGreaterThan(0.9);
        assertThat(p.reasons()).allMatch(r -> r.contribution() > 0);
        assertThat(p.reasons().get(0).feature()).isEqualTo("skill_coverage");
        assertThat(p.lower()).isLessThan(p.probability());
        assertThat(p.upper()).isGreaterThan(p.probability());
    }

    @Test
    void predictsLowForAPoorlyRatedNewcomerWithoutTheSkillsOverBudget() {
        Freelancer weak = freelancer(2.5, 4, 0, List.of(new SkillLevel("figma", 4, 6)));
        Prediction p = model.predict(BaselineSuccessModel.features(Optional.of(project), Optional.of(weak), 100_000));

        assertThat(p.probability()).isLessThan(0.1);
        assertThat(p.reasons()).extracting(FeatureContribution::feature)
                .containsExactly("skill_coverage", "freelancer_rating", "experience", "rate_fit");
        assertThat(p.reasons()).allMatch(r -> r.contribution() < 0);
    }

    @Test
    void fallsBackToThePriorWithWideUncertaintyWhenNothingIsKnown() {
        Prediction p = model.predict(BaselineSuccessModel.features(Optional.empty(), Optional.empty(), 50_000));

        assertThat(p.probability()).isCloseTo(1 / (1 + Math.exp(-0.4)), within(1e-12));
        assertThat(p.uncertainty()).isCloseTo(0.35, within(1e-12));
        assertThat(p.reasons()).allMatch(r -> r.contribution() == 0.0);
    }

    @Test
    void moreRatingsNarrowTheRange() {
        var skills = List.of(new SkillLevel("java", 3, 2));
        double few = model.predict(BaselineSuccessModel.features(Optional.of(project),
                Optional.of(freelancer(4.0, 1, 1, skills)), 50_000)).uncertainty();
        double many = model.predict(BaselineSuccessModel.features(Optional.of(project),
                Optional.of(freelancer(4.0, 30, 1, skills)), 50_000)).uncertainty();
        assertThat(many).isLessThan(few);
    }

    @Test
    void coverageCountsLevelsBelowTheMinimumPartly() {
        Freelancer half = freelancer(4.0, 1, 1, List.of(new SkillLevel("java", 3, 2), new SkillLevel("spring-boot", 1, 1)));
        assertThat(BaselineSuccessModel.coverage(project, half)).isCloseTo((1 + 1.0 / 3) / 2, within(1e-12));
        assertThat(BaselineSuccessModel.rateFit(50_000, 100_000)).isEqualTo(0.25);
    }

    private static Freelancer freelancer(double rating, int ratings, int completed, List<SkillLevel> skills) {
        return new Freelancer("f-1", "Tester", "Engineer", "", Language.EN, skills, Money.krw(45_000), Region.SEOUL,
                true, List.of("ko"), 40, rating, ratings, completed);
    }
}
