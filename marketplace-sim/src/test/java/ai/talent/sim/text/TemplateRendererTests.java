package ai.talent.sim.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TemplateRendererTests {

    private static final Voice FORMAL = new Voice(KoreanStyle.FORMAL, 0);

    private static Set<String> renderings(String template, Map<String, String> slots, Voice voice) {
        SplittableRandom rng = new SplittableRandom(7);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            seen.add(TemplateRenderer.render(template, slots, voice, rng));
        }
        return seen;
    }

    @Test
    void choosesEveryAlternativeAndSometimesDropsOptionalParts() {
        assertThat(renderings("{a|b|c}[ x]", Map.of(), FORMAL))
                .containsExactlyInAnyOrder("a", "b", "c", "a x", "b x", "c x");
    }

    @Test
    void nestedChoicesAndSlotsRender() {
        assertThat(renderings("{$w {one|two}|three}", Map.of("w", "w"), FORMAL))
                .containsExactlyInAnyOrder("w one", "w two", "three");
    }

    @Test
    void particleFollowsTheRenderedWord() {
        assertThat(renderings("$w^을 {보다|찾다}", Map.of("w", "개발자"), FORMAL)).allMatch(s -> s.startsWith("개발자를 "));
        assertThat(renderings("$w^을 찾다", Map.of("w", "디자인"), FORMAL)).containsExactly("디자인을 찾다");
        assertThat(renderings("{서울|인천}^으로", Map.of(), FORMAL)).containsExactlyInAnyOrder("서울로", "인천으로");
    }

    @Test
    void endingsFollowTheStyle() {
        Map<String, String> slots = Map.of("role", "개발자");
        assertThat(renderings("개발<V하다>.", slots, new Voice(KoreanStyle.FORMAL, 0))).containsExactly("개발합니다.");
        assertThat(renderings("개발<V하다>.", slots, new Voice(KoreanStyle.POLITE, 0))).containsExactly("개발해요.");
        assertThat(renderings("개발<V하다>.", slots, new Voice(KoreanStyle.PLAIN, 0))).containsExactly("개발한다.");
        assertThat(renderings("개발<V하다>.", slots, new Voice(KoreanStyle.NOUN, 0))).containsExactly("개발함.");
        assertThat(renderings("$role<이다>.", slots, new Voice(KoreanStyle.POLITE, 0))).containsExactly("개발자예요.");
        assertThat(renderings("디자이너<이다>.", slots, new Voice(KoreanStyle.PLAIN, 0))).containsExactly("디자이너다.");
        assertThat(renderings("전문가 $role<이다>.", slots, new Voice(KoreanStyle.NOUN, 0)))
                .containsExactly("전문가 개발자.");
        assertThat(renderings("분석가<이다>", slots, new Voice(KoreanStyle.FORMAL, 0))).containsExactly("분석가입니다");
        assertThat(renderings("디자인<이다>", slots, new Voice(KoreanStyle.POLITE, 0))).containsExactly("디자인이에요");
    }

    @Test
    void termsAreEnglishAsOftenAsTheVoiceMixes() {
        assertThat(renderings("«백엔드|backend»^을", Map.of(), new Voice(KoreanStyle.FORMAL, 0)))
                .containsExactly("백엔드를");
        assertThat(renderings("«백엔드|backend»", Map.of(), new Voice(KoreanStyle.FORMAL, 1)))
                .containsExactly("backend");
        assertThat(renderings("«{현업|실무} $y년|$y+ years»", Map.of("y", "5"), new Voice(KoreanStyle.FORMAL, 0.5)))
                .containsExactlyInAnyOrder("현업 5년", "실무 5년", "5+ years");
    }

    @Test
    void escapedCharactersAreLiteralAndTopLevelBarsAreText() {
        assertThat(renderings("\\[$r\\] a | b", Map.of("r", "서울"), FORMAL)).containsExactly("[서울] a | b");
    }

    @Test
    void englishArticlesFollowTheNextWord() {
        assertThat(TemplateRenderer.tidy("a engineer, a UI/UX designer, a SEO specialist, a iOS developer"))
                .isEqualTo("an engineer, a UI/UX designer, an SEO specialist, an iOS developer");
        assertThat(TemplateRenderer.tidy("A MLOps engineer and a backend developer"))
                .isEqualTo("An MLOps engineer and a backend developer");
    }

    @Test
    void malformedTemplatesFailNamingTheTemplate() {
        assertThatThrownBy(() -> TemplateRenderer.render("{a|b", Map.of(), FORMAL, new SplittableRandom(1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("{a|b");
        assertThatThrownBy(() -> TemplateRenderer.render("$missing", Map.of(), FORMAL, new SplittableRandom(1)))
                .hasMessageContaining("$missing");
        assertThatThrownBy(() -> TemplateRenderer.render("x<없는키>", Map.of(), FORMAL, new SplittableRandom(1)))
                .hasMessageContaining("없는키");
    }

    @Test
    void everyBankTemplateRendersInEveryStyleWithoutLeftoverMarkup() {
        Map<String, String> slots = new HashMap<>();
        for (String name : List.of("role", "roleAlt", "roleShort", "years", "senior", "skills", "skill1", "skill2",
                "skill3", "sy1", "prof1", "region", "remote", "onsite", "rate", "amt", "domain", "domain2", "cat",
                "ach", "Ach", "ach2", "Ach2", "lang", "s", "sy", "prof", "req", "nice", "hourly", "fixed",
                "budget", "dur", "product", "y", "min", "max", "q", "dprod", "hours")) {
            slots.put(name, name.equals("remote") || name.equals("onsite") || name.equals("hourly")
                    || name.equals("fixed") ? "" : "값");
        }
        SplittableRandom rng = new SplittableRandom(3);
        int rendered = 0;
        for (String file : List.of("freelancer-ko.txt", "freelancer-en.txt", "project-ko.txt", "project-en.txt",
                "query-ko.txt", "query-en.txt", "achievements.txt", "domain-work.txt")) {
            PhraseBank bank = PhraseBank.load(file);
            for (Map.Entry<String, List<String>> section : bank.sections().entrySet()) {
                assertThat(section.getValue()).as(file + " ## " + section.getKey()).isNotEmpty();
                for (String template : section.getValue()) {
                    for (KoreanStyle style : KoreanStyle.values()) {
                        for (int i = 0; i < 8; i++) {
                            String text = TemplateRenderer.render(template, slots, new Voice(style, 0.5), rng);
                            assertThat(text).as(file + ": " + template).doesNotContainPattern("[{}<>«»$^]|\\\\");
                            rendered++;
                        }
                    }
                }
            }
        }
        assertThat(rendered).isGreaterThan(10_000);
    }

    @Test
    void englishBanksHaveNoHangul() {
        for (String file : List.of("freelancer-en.txt", "project-en.txt", "query-en.txt")) {
            PhraseBank bank = PhraseBank.load(file);
            for (Map.Entry<String, List<String>> section : bank.sections().entrySet()) {
                for (String template : section.getValue()) {
                    assertThat(Naming.hasHangul(template)).as(file + ": " + template).isFalse();
                }
            }
        }
        for (String file : List.of("achievements.txt", "domain-work.txt")) {
            PhraseBank.load(file).sections().forEach((name, templates) -> {
                if (name.startsWith("en.")) {
                    templates.forEach(t -> assertThat(Naming.hasHangul(t)).as(file + ": " + t).isFalse());
                }
            });
        }
    }
}
