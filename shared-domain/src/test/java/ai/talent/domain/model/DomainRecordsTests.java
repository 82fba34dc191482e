package ai.talent.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DomainRecordsTests {

    @Test
    void rejectsNegativeMoneyAndForeignCurrency() {
        assertThatThrownBy(() -> Money.krw(-1)).isInstanceOfSatisfying(DomainValidationException.class,
                e -> assertThat(e.field()).isEqualTo("amount"));
        assertThatThrownBy(() -> new Money(10, "USD")).hasMessageContaining("must be KRW");
    }

    @Test
    void rejectsSkillLevelsOutsideOneToFive() {
        assertThatThrownBy(() -> new SkillLevel("java", 0, 1)).hasMessage("level: must be 1–5, was 0");
        assertThatThrownBy(() -> new SkillRequirement("java", 6)).hasMessage("minLevel: must be 1–5, was 6");
    }

    @Test
    void exercisesHaveOneOrTwoSkills() {
        assertThat(new Exercise("x", List.of("a", "b"), 0.5).skillIds()).hasSize(2);
        assertThatThrownBy(() -> new Exercise("x", List.of(), 0.5)).hasMessageContaining("skillIds.length");
        assertThatThrownBy(() -> new Exercise("x", List.of("a", "b", "c"), 0.5))
                .hasMessageContaining("skillIds.length");
    }

    @Test
    void successMeansOnTimeOrLateButWellRated() {
        assertThat(ContractOutcome.COMPLETED_ON_TIME.isSuccess(2)).isTrue();
        assertThat(ContractOutcome.COMPLETED_LATE.isSuccess(4)).isTrue();
        assertThat(ContractOutcome.COMPLETED_LATE.isSuccess(3)).isFalse();
        assertThat(ContractOutcome.DISPUTED.isSuccess(5)).isFalse();
    }

    @Test
    void regionsHaveEnglishAndKoreanNames() {
        assertThat(Region.SEOUL.nameKo()).isEqualTo("서울");
        assertThat(Region.values()).allSatisfy(r -> assertThat(r.nameEn()).isNotBlank());
    }
}
