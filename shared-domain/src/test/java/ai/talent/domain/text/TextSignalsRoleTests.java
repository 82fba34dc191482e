package ai.talent.domain.text;

import static ai.talent.domain.text.TextSignalsStorageTests.freelancer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The role a profile states is its most specific title: a generic title inside a specific one ("마케터" in "브랜드
 * 마케터", "consultant" in "IR consultant", "편집자" in "영상 편집자") is not a second role; a generic title on its
 * own still is one. Neighbouring titles of one field are roles of their own (a product designer is not a UI/UX
 * designer, a social media manager not a content marketer).
 */
class TextSignalsRoleTests {

    private final TextSignals signals = TextSignals.standard();

    private Set<String> roles(String headline, String bio) {
        return signals.readProfile(freelancer(headline, bio)).roles();
    }

    @Test
    void aSpecificTitleIsTheRoleNotAlsoTheGenericOneInsideIt() {
        assertThat(roles("브랜드 마케터", "화장품 브랜드 캠페인을 운영했습니다.")).containsExactly("Brand marketer");
        assertThat(roles("IR consultant", "I write pitch decks for seed rounds.")).containsExactly("IR consultant");
        assertThat(roles("영상 편집자", "유튜브 채널 편집을 맡고 있습니다.")).containsExactly("Video editor");
        assertThat(roles("Technical writer", "API references and guides.")).containsExactly("Technical writer");
        assertThat(roles("YouTube editor", "Cuts and thumbnails for two channels.")).containsExactly("YouTube content producer");
        assertThat(roles("Video editor", "Premiere Pro and After Effects.")).containsExactly("Video editor");
    }

    @Test
    void aGenericTitleAloneIsStillARole() {
        assertThat(roles("마케터", "온라인 쇼핑몰 마케팅을 합니다.")).containsExactly("Marketer");
        assertThat(roles("Editor", "Books and long-form articles.")).containsExactly("Editor");
        assertThat(roles("사운드 디자이너", "게임 효과음 제작")).containsExactly("Sound engineer");
        assertThat(roles("출판 편집자 겸 편집자", "단행본 교정을 합니다.")).containsExactly("Editor");
        assertThat(roles("Brand marketer and consultant", "Positioning for start-ups."))
                .containsExactlyInAnyOrder("Brand marketer", "Business consultant");
    }

    @Test
    void neighbouringTitlesAreDistinctRoles() {
        assertThat(roles("Product designer", "End-to-end app design.")).containsExactly("Product designer");
        assertThat(roles("UI/UX 디자이너", "앱 화면 설계")).containsExactly("UI/UX designer");
        assertThat(roles("SNS 마케터", "인스타그램 계정 운영")).containsExactly("Social media manager");
        assertThat(roles("콘텐츠 마케터", "블로그 콘텐츠 기획")).containsExactly("Content marketer");
        assertThat(roles("퍼포먼스 마케터", "구글 애즈 운영")).containsExactly("Performance marketer");
        assertThat(roles("Growth hacker", "Funnels and experiments.")).containsExactly("Growth marketer");
    }
}
