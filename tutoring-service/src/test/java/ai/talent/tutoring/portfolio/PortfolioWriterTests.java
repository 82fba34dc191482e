package ai.talent.tutoring.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.event.PortfolioSection;
import ai.talent.domain.model.ContractOutcome;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Language;
import ai.talent.domain.model.Money;
import ai.talent.domain.model.Region;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.service.testing.SampleEvents;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortfolioWriterTests {

    private final PortfolioWriter writer = new PortfolioWriter(SkillTaxonomy.standard());
    private final Freelancer korean = new Freelancer("f-1", "김개발", "풀스택 개발자", "스타트업 경험 5년", Language.KO,
            List.of(new SkillLevel("react", 4, 5), new SkillLevel("java", 5, 8)), Money.krw(50_000), Region.SEOUL, true,
            List.of("ko"), 40, 4.5, 10, 8);
    private final ContractCompleted great = SampleEvents.contractCompleted("c-1", "p-1", "f-1",
            ContractOutcome.COMPLETED_ON_TIME, 5);
    private final ContractCompleted disputed = SampleEvents.contractCompleted("c-2", "p-2", "f-1",
            ContractOutcome.DISPUTED, 2);

    @Test
    void writesAKoreanPortfolioForAKoreanProfile() {
        Language language = PortfolioWriter.languageFor(Optional.of(korean));
        List<PortfolioSection> sections = writer.write(Optional.of(korean), List.of(great, disputed), language);

        assertThat(language).isEqualTo(Language.KO);
        assertThat(sections).extracting(PortfolioSection::title).containsExactly("소개", "보유 기술", "프로젝트 실적", "주요 프로젝트");
        assertThat(sections.get(1).text()).startsWith("자바 (레벨 5, 8년), 리액트");
        assertThat(sections.get(2).text()).contains("완료 계약 2건 중 성공 1건");
        assertThat(sections.get(2).sourceContractIds()).containsExactly("c-1", "c-2");
        assertThat(sections.get(3).sourceContractIds()).as("only well-rated successes are highlighted").containsExactly("c-1");
    }

    @Test
    void writesEnglishForAnEnglishProfileAndOnlyTheTrackRecordWithoutOne() {
        Freelancer english = SampleEvents.freelancer("f-2", "Data engineer", 60_000, List.of(new SkillLevel("python", 4, 6)));
        assertThat(writer.write(Optional.of(english), List.of(), Language.EN)).extracting(PortfolioSection::title)
                .containsExactly("Summary", "Skills");
        assertThat(writer.write(Optional.empty(), List.of(disputed), Language.EN)).extracting(PortfolioSection::title)
                .containsExactly("Track record");
    }
}
