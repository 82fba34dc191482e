package ai.talent.domain.skill;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkillNamesTests {

    @Test
    void ignoresCaseSpacingHyphensAndDots() {
        assertThat(SkillNames.key("  Spring-Boot ")).isEqualTo("springboot");
        assertThat(SkillNames.key("Node.js")).isEqualTo(SkillNames.key("nodejs"));
        assertThat(SkillNames.key("스프링 부트")).isEqualTo(SkillNames.key("스프링부트"));
        assertThat(SkillNames.key("교정·교열")).isEqualTo("교정교열");
    }

    @Test
    void foldsFullWidthAndHalfWidthForms() {
        assertThat(SkillNames.key("ＦＩＧＭＡ")).isEqualTo("figma");
        assertThat(SkillNames.key("Ｃ＃")).isEqualTo("c#");
        assertThat(SkillNames.key("\u3000React\u3000")).isEqualTo("react");
        assertThat(SkillNames.key("ﾘ")).isEqualTo(SkillNames.key("リ"));
    }

    @Test
    void keepsSymbolsThatDistinguishSkills() {
        assertThat(SkillNames.key("C++")).isNotEqualTo(SkillNames.key("C#")).isNotEqualTo(SkillNames.key("C"));
    }

    @Test
    void nullAndBlankGiveEmptyKey() {
        assertThat(SkillNames.key(null)).isEmpty();
        assertThat(SkillNames.key(" - . ")).isEmpty();
    }
}
