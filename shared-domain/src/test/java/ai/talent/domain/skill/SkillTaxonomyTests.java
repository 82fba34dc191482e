package ai.talent.domain.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SkillTaxonomyTests {

    private final SkillTaxonomy taxonomy = SkillTaxonomy.standard();

    @Test
    void standardTaxonomyIsLargeAndCoversEveryCategory() {
        assertThat(taxonomy.size()).isGreaterThanOrEqualTo(300).isEqualTo(taxonomy.all().size());
        int software = taxonomy.inCategory(SkillCategory.SOFTWARE).size();
        int data = taxonomy.inCategory(SkillCategory.DATA_AI).size();
        for (SkillCategory category : SkillCategory.values()) {
            int count = taxonomy.inCategory(category).size();
            assertThat(count).as(category.name()).isGreaterThanOrEqualTo(25);
            if (category != SkillCategory.SOFTWARE && category != SkillCategory.DATA_AI) {
                assertThat(software).as("software larger than " + category).isGreaterThan(count);
                assertThat(data).as("data larger than " + category).isGreaterThan(count);
            }
        }
        assertThat(taxonomy.inCategory(SkillCategory.DESIGN)).allMatch(s -> s.category() == SkillCategory.DESIGN);
    }

    @Test
    void everySkillHasEnglishAndKoreanNamesAndAPopularityInRange() {
        assertThat(taxonomy.all()).allSatisfy(skill -> {
            assertThat(skill.nameEn()).as(skill.id()).isNotBlank();
            assertThat(skill.nameKo()).as(skill.id()).isNotBlank();
            assertThat(skill.popularity()).as(skill.id()).isBetween(1, 5);
        });
        long withHangul = taxonomy.all().stream()
                .filter(s -> s.nameKo().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.HANGUL))
                .count();
        assertThat(withHangul).as("Korean names written in Hangul").isGreaterThan(taxonomy.size() * 9L / 10);
    }

    @Test
    void findResolvesSpellingsOfReact() {
        for (String spelling : List.of("ReactJS", "리액트", "react.js", "  React ", "REACT", "리엑트",
                "ＲｅａｃｔＪＳ", "react-js", "React . js")) {
            assertThat(taxonomy.find(spelling)).as(spelling).map(Skill::id).contains("react");
        }
    }

    @Test
    void findResolvesKoreanAndEnglishNamesAcrossCategories() {
        assertThat(taxonomy.find("spring boot")).map(Skill::id).contains("spring-boot");
        assertThat(taxonomy.find("스프링부트")).map(Skill::id).contains("spring-boot");
        assertThat(taxonomy.find("피그마")).map(Skill::id).contains("figma");
        assertThat(taxonomy.find("영상편집")).map(Skill::id).contains("video-editing");
        assertThat(taxonomy.find("한영번역")).map(Skill::id).contains("ko-en-translation");
        assertThat(taxonomy.find("nextjs")).map(Skill::id).contains("next-js");
        assertThat(taxonomy.find("K8S")).map(Skill::id).contains("kubernetes");
        assertThat(taxonomy.find("C++")).map(Skill::id).contains("cpp");
        assertThat(taxonomy.find("C#")).map(Skill::id).contains("csharp");
        assertThat(taxonomy.find("C")).map(Skill::id).contains("c-lang");
    }

    @Test
    void findDistinguishesSkillsWhoseNamesOverlap() {
        assertThat(taxonomy.find("Java")).map(Skill::id).contains("java");
        assertThat(taxonomy.find("JavaScript")).map(Skill::id).contains("javascript");
        assertThat(taxonomy.find("React Native")).map(Skill::id).contains("react-native");
    }

    @Test
    void findAnswersEmptyForUnknownOrBlankInput() {
        assertThat(taxonomy.find("underwater basket weaving")).isEmpty();
        assertThat(taxonomy.find("   ")).isEmpty();
        assertThat(taxonomy.find(null)).isEmpty();
    }

    @Test
    void byIdFindsExactIdsOnly() {
        assertThat(taxonomy.byId("react")).map(Skill::nameKo).contains("리액트");
        assertThat(taxonomy.byId("ReactJS")).isEmpty();
        assertThat(taxonomy.byId(null)).isEmpty();
    }

    @Test
    void prerequisitesAreTransitiveAndNearestFirst() {
        List<String> nextJs = ids(taxonomy.prerequisitesOf("next-js"));
        assertThat(nextJs).containsSubsequence("react", "javascript");
        assertThat(nextJs.get(0)).isEqualTo("react");
        assertThat(ids(taxonomy.prerequisitesOf("spring-boot"))).contains("java");
        assertThat(ids(taxonomy.prerequisitesOf("pytorch"))).contains("python");
        assertThat(ids(taxonomy.prerequisitesOf("kubernetes"))).startsWith("docker");
        assertThat(taxonomy.prerequisitesOf("javascript")).isEmpty();
    }

    @Test
    void prerequisitesListEachSkillOnceEvenWhenReachedTwice() {
        // pytorch reaches python directly and again through deep-learning -> machine-learning
        List<String> pytorch = ids(taxonomy.prerequisitesOf("pytorch"));
        assertThat(pytorch).doesNotHaveDuplicates().startsWith("python", "deep-learning")
                .contains("machine-learning", "statistics");
    }

    @Test
    void prerequisitesOfUnknownIdIsAnError() {
        assertThatThrownBy(() -> taxonomy.prerequisitesOf("no-such-skill"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-skill");
    }

    @Test
    void noNameOrAliasOfTheRealFileRefersToTwoSkills() {
        Map<String, String> owner = new HashMap<>();
        for (Skill skill : taxonomy.all()) {
            List<String> names = new java.util.ArrayList<>(skill.aliases());
            names.add(skill.id());
            names.add(skill.nameEn());
            names.add(skill.nameKo());
            for (String name : names) {
                String previous = owner.putIfAbsent(SkillNames.key(name), skill.id());
                assertThat(previous == null || previous.equals(skill.id()))
                        .as("'" + name + "' of " + skill.id() + " also names " + previous).isTrue();
                assertThat(taxonomy.find(name)).as(name).contains(skill);
            }
        }
    }

    @Test
    void everyPrerequisiteOfTheRealFileExists() {
        assertThat(taxonomy.all()).allSatisfy(skill -> assertThat(skill.prerequisites())
                .allSatisfy(p -> assertThat(taxonomy.byId(p)).as(skill.id() + " -> " + p).isPresent()));
    }

    @Test
    void listsAreImmutable() {
        assertThatThrownBy(() -> taxonomy.all().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> taxonomy.inCategory(SkillCategory.VIDEO).clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> taxonomy.byId("react").orElseThrow().aliases().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void categoriesHaveEnglishAndKoreanNames() {
        for (SkillCategory category : SkillCategory.values()) {
            assertThat(category.nameEn()).isNotBlank();
            assertThat(category.nameKo()).isNotBlank();
        }
        assertThat(SkillCategory.DESIGN.nameKo()).isEqualTo("디자인");
    }

    private static List<String> ids(List<Skill> skills) {
        return skills.stream().map(Skill::id).toList();
    }
}
