package ai.talent.search.rank;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Language;
import ai.talent.domain.model.Money;
import ai.talent.domain.model.Region;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.domain.text.TextSignals;
import ai.talent.search.query.QueryIntent;
import ai.talent.search.query.QueryParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The intent fit reads what a profile states only in words (role, domains, total years, seniority) from its
 * headline and bio, or from the signals stored when it was indexed, and weighs them as {@link FitFactors} says.
 */
class IntentFitTests {

    private static final SkillTaxonomy TAXONOMY = SkillTaxonomy.standard();
    private static final QueryParser PARSER = new QueryParser(TAXONOMY, 1400);
    private static final IntentFit FIT = new IntentFit(TAXONOMY, FitFactors.defaults());

    private static Freelancer profile(String id, String headline, String bio, String... skills) {
        List<SkillLevel> levels = java.util.Arrays.stream(skills).map(s -> new SkillLevel(s, 4, 3.0)).toList();
        return new Freelancer(id, id, headline, bio, Language.EN, levels, new Money(50_000, "KRW"), Region.SEOUL,
                true, List.of("ko", "en"), 30, 4.5, 10, 10);
    }

    private static double fit(String query, Freelancer f) {
        return FIT.fit(PARSER.parse(query), f).score();
    }

    @Test
    void aRoleAskedAloneRanksTheProfileStatingItAboveOneOfItsCategoryAboveOneOfAnother() {
        Freelancer qa = profile("qa", "QA engineer", "I test web and mobile apps.", "test-automation", "java");
        Freelancer frontend = profile("fe", "Frontend developer", "I build web apps.", "react", "typescript");
        Freelancer designer = profile("ux", "UI/UX designer", "I design apps.", "figma");
        String query = "QA engineer wanted";
        assertThat(PARSER.parse(query).role()).isEqualTo("QA engineer");
        assertThat(fit(query, qa)).isGreaterThan(2 * fit(query, frontend));
        assertThat(fit(query, frontend)).isGreaterThan(2 * fit(query, designer));
        IntentFit.Fit why = FIT.fit(PARSER.parse(query), frontend);
        assertThat(why.checks()).anySatisfy(c -> {
            assertThat(c.constraint()).isEqualTo("role");
            assertThat(c.met()).isFalse();
        });
    }

    @Test
    void aDomainStatedMeetsTheAskedOneOneNotStatedCostsLessThanAnotherStated() {
        Freelancer fintech = profile("a", "Backend developer", "Payments back ends in fintech.", "java");
        Freelancer silent = profile("b", "Backend developer", "Back ends for many clients.", "java");
        Freelancer game = profile("c", "Backend developer", "Game servers in the game industry for gaming studios.",
                "java");
        String query = "Java backend developer fintech";
        assertThat(PARSER.parse(query).domain()).isEqualTo("fintech");
        assertThat(fit(query, fintech)).isGreaterThan(fit(query, silent));
        assertThat(fit(query, silent)).isGreaterThan(fit(query, game));
    }

    @Test
    void theYearsABioStatesCountForMinimumYearsOverTheLongestSkill() {
        // the skills list three years each; the bio says twelve in all
        Freelancer stated = profile("a", "Backend developer", "I have built back ends for 12 years.", "java");
        Freelancer unstated = profile("b", "Backend developer", "I build back ends.", "java");
        String query = "Java developer 10+ years";
        assertThat(fit(query, stated)).isGreaterThan(fit(query, unstated));
    }

    @Test
    void signalsStoredAtIndexingStandInForTextsTheCandidateCameWithout() {
        Freelancer whole = profile("qa", "Senior QA engineer", "Testing in fintech for 9 years.", "test-automation");
        Freelancer card = new Freelancer(whole.id(), whole.displayName(), "", "", whole.textLanguage(), whole.skills(),
                whole.hourlyRate(), whole.region(), whole.remoteOk(), whole.spokenLanguages(),
                whole.availabilityHoursPerWeek(), whole.ratingAverage(), whole.ratingCount(),
                whole.completedProjects());
        QueryIntent intent = PARSER.parse("senior QA engineer fintech 5+ years");
        TextSignals.Profile stored = TextSignals.standard().readProfile(whole);
        assertThat(FIT.fit(intent, card, stored)).isEqualTo(FIT.fit(intent, whole));
        assertThat(FIT.fit(intent, card).score()).isLessThan(FIT.fit(intent, whole).score());
    }
}
