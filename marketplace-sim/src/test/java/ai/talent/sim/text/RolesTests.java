package ai.talent.sim.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RolesTests {

    @Test
    void everySkillCategoryHasRolesInBothLanguages() {
        assertThat(Roles.categories()).containsExactly("SOFTWARE", "DATA_AI", "DESIGN", "MARKETING",
                "WRITING_TRANSLATION", "VIDEO", "BUSINESS");
        for (String category : Roles.categories()) {
            List<Role> roles = Roles.forCategory(category);
            assertThat(roles).as(category).hasSizeGreaterThanOrEqualTo(5);
            for (Role role : roles) {
                assertThat(Naming.hasHangul(role.ko())).as(role.ko()).isTrue();
                assertThat(Naming.hasHangul(role.en())).as(role.en()).isFalse();
                assertThat(Roles.namesEn(role).get(0)).isEqualTo(role.en());
                assertThat(Roles.namesKo(role).get(0)).isEqualTo(role.ko());
            }
        }
    }

    @Test
    void includesTheUsualTitles() {
        assertThat(Roles.forCategory("SOFTWARE")).contains(new Role("Backend developer", "백엔드 개발자"));
        assertThat(Roles.forCategory("DATA_AI")).contains(new Role("Data analyst", "데이터 분석가"));
        assertThat(Roles.forCategory("DESIGN")).contains(new Role("UI/UX designer", "UI/UX 디자이너"));
        assertThat(Roles.forCategory("MARKETING")).contains(new Role("Performance marketer", "퍼포먼스 마케터"));
        assertThat(Roles.forCategory("WRITING_TRANSLATION")).contains(new Role("Translator", "번역가"));
        assertThat(Roles.forCategory("VIDEO")).contains(new Role("Video editor", "영상 편집자"));
        assertThat(Roles.forCategory("business")).contains(new Role("Business plan consultant", "사업계획서 컨설턴트"));
    }

    @Test
    void unknownCategoryNamesTheKnownOnes() {
        assertThatThrownBy(() -> Roles.forCategory("COOKING"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("COOKING").hasMessageContaining("SOFTWARE");
    }

    @Test
    void rolesNotInTheTableStillHaveNames() {
        Role custom = new Role("Prompt engineer", "프롬프트 엔지니어");
        assertThat(Roles.namesEn(custom)).containsExactly("Prompt engineer");
        assertThat(Roles.namesKo(custom)).containsExactly("프롬프트 엔지니어");
    }
}
