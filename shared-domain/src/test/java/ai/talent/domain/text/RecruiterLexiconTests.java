package ai.talent.domain.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talent.domain.skill.SkillCategory;
import org.junit.jupiter.api.Test;

class RecruiterLexiconTests {

    @Test
    void everyRoleNamesTheSkillCategoryItWorksIn() {
        RecruiterLexicon lexicon = RecruiterLexicon.standard();
        assertThat(lexicon.rows("role")).isNotEmpty().allSatisfy(r -> assertThat(r.category()).isNotNull());
        assertThat(lexicon.rows("domain")).allSatisfy(r -> assertThat(r.category()).isNull());
        assertThat(lexicon.roleCategories()).containsEntry("QA engineer", SkillCategory.SOFTWARE)
                .containsEntry("Data analyst", SkillCategory.DATA_AI)
                .containsEntry("Translator", SkillCategory.WRITING_TRANSLATION);
    }

    @Test
    void aRoleWithoutACategoryOrWithAnUnknownOneIsRefusedWithItsLine() {
        assertThatThrownBy(() -> RecruiterLexicon.fromResource("ai/talent/domain/text/role-without-category.tsv"))
                .hasMessageContaining("line 1").hasMessageContaining("skill category");
        assertThatThrownBy(() -> RecruiterLexicon.fromResource("ai/talent/domain/text/role-unknown-category.tsv"))
                .hasMessageContaining("line 1").hasMessageContaining("KITCHEN");
    }
}
