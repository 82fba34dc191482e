package ai.talent.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Language;
import ai.talent.domain.model.SkillLevel;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Texts must vary in wording, not only in slots, and come in Korean, English and mixed in the set shares. */
class TextVarietyTests {

    private static final int N = 5_000;
    private static final SimConfig CONFIG = SimConfig.of(N, 0, 0, 3);

    private static TextVariety bios;
    private static TextVariety slotFilling;
    private static final Set<String> distinctBios = new HashSet<>();
    private static final Map<Language, Integer> languages = new EnumMap<>(Language.class);

    @BeforeAll
    static void generate() {
        Marketplace market = new Marketplace(CONFIG);
        bios = new TextVariety(N);
        slotFilling = new TextVariety(N);
        for (long i = 0; i < N; i++) {
            Freelancer f = market.freelancer(i).freelancer();
            bios.add(f.bio());
            slotFilling.add(slotFilledBio(f));
            distinctBios.add(f.bio());
            languages.merge(f.textLanguage(), 1, Integer::sum);
        }
    }

    /** What a single slot-filling template would write from the same profile: the bound to beat. */
    private static String slotFilledBio(Freelancer f) {
        String skills = f.skills().stream().map(SkillLevel::skillId).collect(Collectors.joining(", "));
        return "Hello, I am " + f.displayName() + ", a freelancer from " + f.region().nameEn() + " with skills in "
                + skills + ". My rate is " + f.hourlyRate().amount() + " KRW per hour and I can work "
                + f.availabilityHoursPerWeek() + " hours per week.";
    }

    @Test
    void noTwoBiosAreIdenticalInFiveThousand() {
        assertThat(distinctBios).hasSize(N);
    }

    @Test
    void distinctTrigramRatioIsBeyondWhatASlotFillingTemplateReaches() {
        assertThat(slotFilling.distinctTrigramRatio()).isLessThan(0.3);
        assertThat(bios.distinctTrigramRatio()).isGreaterThan(0.25)
                .isGreaterThan(2 * slotFilling.distinctTrigramRatio());
    }

    @Test
    void koreanEnglishAndMixedTextsAppearInTheirSetShares() {
        assertThat(languages.get(Language.KO) / (double) N).isCloseTo(CONFIG.koShare(), within(0.02));
        assertThat(languages.get(Language.EN) / (double) N).isCloseTo(CONFIG.enShare(), within(0.02));
        assertThat(languages.get(Language.MIXED) / (double) N).isCloseTo(CONFIG.mixedShare(), within(0.02));
    }

    @Test
    void koreanTextsAreWrittenInHangul() {
        Marketplace market = new Marketplace(CONFIG);
        for (long i = 0; i < 200; i++) {
            Freelancer f = market.freelancer(i).freelancer();
            boolean hangul = f.bio().codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
            if (f.textLanguage() == Language.EN) {
                assertThat(hangul).as(f.bio()).isFalse();
            } else {
                assertThat(hangul).as(f.bio()).isTrue();
            }
        }
    }
}
