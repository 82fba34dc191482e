package ai.talent.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.service.testing.SampleEvents;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenSearchTests {

    private final TokenSearch search = new TokenSearch(SkillTaxonomy.standard());

    private final Freelancer reactDev = SampleEvents.freelancer("a-react", "서울 React 프론트엔드 개발자", 50_000,
            List.of(new SkillLevel("react", 4, 5), new SkillLevel("typescript", 4, 4)));
    private final Freelancer kotlinDev = SampleEvents.freelancer("b-kotlin", "Senior Kotlin developer, fintech", 70_000,
            List.of(new SkillLevel("kotlin", 5, 8), new SkillLevel("spring-boot", 4, 6)));
    private final Freelancer mentionsReactInBio = new Freelancer("c-bio", "Bio Person", "Backend developer",
            "Once touched React", ai.talent.domain.model.Language.EN, List.of(new SkillLevel("go", 3, 2)),
            ai.talent.domain.model.Money.krw(40_000), ai.talent.domain.model.Region.BUSAN, false, List.of("en"), 20,
            0.0, 0, 0);

    @Test
    void matchesKoreanWordsCarryingParticles() {
        List<SearchHit> hits = search.search("서울에서 React 개발자를", List.of(kotlinDev, reactDev), 10);
        assertThat(hits).extracting(SearchHit::freelancerId).containsExactly("a-react", "b-kotlin");
        assertThat(hits.get(0).matchedTerms()).containsExactly("서울에서", "react", "개발자를");
        assertThat(hits.get(1).matchedTerms()).as("the Kotlin developer is in Seoul too").containsExactly("서울에서");
    }

    @Test
    void ranksASkillAboveAMentionInTheBio() {
        List<SearchHit> hits = search.search("react", List.of(mentionsReactInBio, reactDev), 10);
        assertThat(hits).extracting(SearchHit::freelancerId).containsExactly("a-react", "c-bio");
    }

    @Test
    void ranksFreelancersMatchingMoreOfTheQueryHigher() {
        List<SearchHit> hits = search.search("senior kotlin fintech", List.of(reactDev, kotlinDev,
                SampleEvents.freelancer("d-kotlin", "Kotlin developer", 40_000, List.of(new SkillLevel("kotlin", 2, 1)))), 10);
        assertThat(hits).extracting(SearchHit::freelancerId).containsExactly("b-kotlin", "d-kotlin");
    }

    @Test
    void matchesASkillByItsKoreanNameOrAlias() {
        List<SearchHit> hits = search.search("리액트", List.of(kotlinDev, reactDev, mentionsReactInBio), 10);
        assertThat(hits).extracting(SearchHit::freelancerId).containsExactly("a-react");
    }

    @Test
    void findsNothingForAQueryWithoutTerms() {
        assertThat(search.search(" ,.; ", List.of(reactDev), 10)).isEmpty();
    }

    @Test
    void keepsTheSymbolsOfLanguageNames() {
        assertThat(Tokenizer.terms("C++ and C# developer")).containsExactly("c++", "and", "c#", "developer");
    }
}
