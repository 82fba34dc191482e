package ai.talent.domain.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SkillTsvParserTests {

    private static final String HEADER = SkillTsvParser.HEADER + "\n";
    private static final String JS = "javascript\tSOFTWARE\tJavaScript\t자바스크립트\tJS\t\t5\n";
    private static final String REACT = "react\tSOFTWARE\tReact\t리액트\tReactJS|React.js\tjavascript\t5\n";

    private static SkillTaxonomy parse(String body) {
        return SkillTaxonomy.parse("test.tsv", HEADER + body);
    }

    @Test
    void parsesAValidFileWithCommentsAndBlankLines() {
        SkillTaxonomy taxonomy = parse("# front end\n" + JS + "\n" + REACT);
        assertThat(taxonomy.size()).isEqualTo(2);
        Skill react = taxonomy.byId("react").orElseThrow();
        assertThat(react.aliases()).containsExactly("ReactJS", "React.js");
        assertThat(react.prerequisites()).containsExactly("javascript");
        assertThat(react.category()).isEqualTo(SkillCategory.SOFTWARE);
        assertThat(taxonomy.prerequisitesOf("react")).extracting(Skill::id).containsExactly("javascript");
    }

    @Test
    void acceptsWindowsLineEndingsAndAByteOrderMark() {
        SkillTaxonomy taxonomy = SkillTaxonomy.parse("test.tsv",
                "\uFEFF" + (HEADER + JS + REACT).replace("\n", "\r\n"));
        assertThat(taxonomy.size()).isEqualTo(2);
    }

    @Test
    void rejectsDuplicateId() {
        assertThatThrownBy(() -> parse(JS + REACT + "react\tSOFTWARE\tReact 2\t리액트2\t\t\t3\n"))
                .isInstanceOf(SkillTaxonomyException.class)
                .hasMessageContaining("line 4").hasMessageContaining("duplicate id 'react'")
                .hasMessageContaining("line 3")
                .satisfies(e -> assertThat(((SkillTaxonomyException) e).line()).isEqualTo(4));
    }

    @Test
    void rejectsAliasPointingToTwoSkills() {
        String preact = "preact\tSOFTWARE\tPreact\t프리액트\treact-js\tjavascript\t1\n";
        assertThatThrownBy(() -> parse(JS + REACT + preact))
                .isInstanceOf(SkillTaxonomyException.class)
                .hasMessageContaining("line 4").hasMessageContaining("'react-js'")
                .hasMessageContaining("'react'");
    }

    @Test
    void rejectsKoreanNameThatIsAnotherSkillsAlias() {
        String other = "reactor\tSOFTWARE\tReactor\tReactJS\t\t\t1\n";
        assertThatThrownBy(() -> parse(JS + REACT + other))
                .isInstanceOf(SkillTaxonomyException.class).hasMessageContaining("line 4");
    }

    @Test
    void rejectsUnknownPrerequisite() {
        assertThatThrownBy(() -> parse(REACT))
                .isInstanceOf(SkillTaxonomyException.class)
                .hasMessageContaining("line 2").hasMessageContaining("unknown prerequisite id 'javascript'");
    }

    @Test
    void rejectsPrerequisiteCycle() {
        String a = "a\tSOFTWARE\tA\t에이\t\tc\t1\n";
        String b = "b\tSOFTWARE\tB\t비\t\ta\t1\n";
        String c = "c\tSOFTWARE\tC\t씨\t\tb\t1\n";
        assertThatThrownBy(() -> parse(a + b + c))
                .isInstanceOf(SkillTaxonomyException.class)
                .hasMessageContaining("prerequisite cycle")
                .hasMessageMatching("(?s).*line \\d: prerequisite cycle ([abc]) -> [abc] -> [abc] -> \\1.*");
    }

    @Test
    void rejectsSelfPrerequisite() {
        assertThatThrownBy(() -> parse("a\tSOFTWARE\tA\t에이\t\ta\t1\n"))
                .isInstanceOf(SkillTaxonomyException.class)
                .hasMessageContaining("line 2: prerequisite cycle a -> a");
    }

    @Test
    void rejectsBadCategory() {
        assertThatThrownBy(() -> parse("cooking\tCOOKING\tCooking\t요리\t\t\t2\n"))
                .isInstanceOf(SkillTaxonomyException.class)
                .hasMessageContaining("line 2").hasMessageContaining("bad category 'COOKING'")
                .hasMessageContaining("DATA_AI");
    }

    @Test
    void rejectsPopularityOutOfRange() {
        for (String popularity : List.of("0", "6", "-1")) {
            assertThatThrownBy(() -> parse(JS + "react\tSOFTWARE\tReact\t리액트\t\t\t" + popularity + "\n"))
                    .as(popularity)
                    .isInstanceOf(SkillTaxonomyException.class)
                    .hasMessageContaining("line 3").hasMessageContaining("popularity");
        }
        assertThatThrownBy(() -> parse("react\tSOFTWARE\tReact\t리액트\t\t\thigh\n"))
                .isInstanceOf(SkillTaxonomyException.class).hasMessageContaining("'high'");
    }

    @Test
    void rejectsMissingKoreanName() {
        assertThatThrownBy(() -> parse(JS + "react\tSOFTWARE\tReact\t  \t\tjavascript\t5\n"))
                .isInstanceOf(SkillTaxonomyException.class)
                .hasMessageContaining("line 3").hasMessageContaining("missing Korean name for 'react'");
    }

    @Test
    void rejectsMissingEnglishName() {
        assertThatThrownBy(() -> parse("react\tSOFTWARE\t\t리액트\t\t\t5\n"))
                .isInstanceOf(SkillTaxonomyException.class).hasMessageContaining("missing English name");
    }

    @Test
    void rejectsWrongColumnCount() {
        assertThatThrownBy(() -> parse("react\tSOFTWARE\tReact\t리액트\t5\n"))
                .isInstanceOf(SkillTaxonomyException.class)
                .hasMessageContaining("line 2").hasMessageContaining("expected 7").hasMessageContaining("found 5");
    }

    @Test
    void rejectsIdThatIsNotASlug() {
        assertThatThrownBy(() -> parse("Spring Boot\tSOFTWARE\tSpring Boot\t스프링 부트\t\t\t5\n"))
                .isInstanceOf(SkillTaxonomyException.class).hasMessageContaining("slug");
    }

    @Test
    void rejectsMissingHeaderAndEmptyFile() {
        assertThatThrownBy(() -> SkillTaxonomy.parse("test.tsv", JS))
                .isInstanceOf(SkillTaxonomyException.class).hasMessageContaining("line 1")
                .hasMessageContaining("header");
        assertThatThrownBy(() -> parse("# nothing yet\n"))
                .isInstanceOf(SkillTaxonomyException.class).hasMessageContaining("no skills");
    }
}
