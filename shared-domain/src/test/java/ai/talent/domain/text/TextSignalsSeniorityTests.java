package ai.talent.domain.text;

import static ai.talent.domain.text.TextSignalsStorageTests.freelancer;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A profile's own seniority, not the seniority words its work or its colleagues carry: "as the lead", "assisted a
 * senior colleague", "리드했습니다", "시니어 작업자를 도와", a headline's "1-year veteran" say nothing of the
 * freelancer's level (work-signals' {@code seniority-not}); the level then comes from the stated years.
 */
class TextSignalsSeniorityTests {

    private final TextSignals signals = TextSignals.standard();

    private int seniority(String headline, String bio) {
        return signals.readProfile(freelancer(headline, bio)).seniority();
    }

    @Test
    void workAndColleaguesDoNotMakeAFreelancerSenior() {
        assertThat(seniority("1-year veteran Growth marketer", "I assisted a senior colleague when we migrated a shop."))
                .isEqualTo(TextSignals.UNKNOWN);
        assertThat(seniority("Product designer", "As the lead, I overhauled the UI. Made app icons (as lead)."))
                .isEqualTo(TextSignals.UNKNOWN);
        assertThat(seniority("1년차 콘텐츠 마케터", "시니어 작업자를 도와 랭킹 시스템 작업을 보조했습니다. 의류 쇼핑몰 API 개발 리드 경험이 있어요."))
                .isEqualTo(TextSignals.UNKNOWN);
        assertThat(seniority("Junior backend developer", "I assisted a senior colleague on a payments API."))
                .isZero();
    }

    @Test
    void aFreelancersOwnSeniorityStillReads() {
        assertThat(seniority("Senior backend engineer", "As the lead, I shipped a payments API.")).isEqualTo(2);
        assertThat(seniority("리드급 백엔드 개발자", "결제 시스템 개발을 리드했습니다.")).isEqualTo(2);
        assertThat(seniority("시니어 데이터 엔지니어", "데이터 파이프라인 구축을 주도했습니다.")).isEqualTo(2);
        assertThat(seniority("Mid-level designer", "I took the lead on a rebrand.")).isEqualTo(1);
        // the level then comes from the stated years, as recruiters read them
        assertThat(TextSignals.seniority(freelancer("6년차 데브옵스 엔지니어", "장애 대응 자동화를 리드했습니다."),
                signals.readProfile(freelancer("6년차 데브옵스 엔지니어", "장애 대응 자동화를 리드했습니다."))))
                .isEqualTo(1);
    }
}
