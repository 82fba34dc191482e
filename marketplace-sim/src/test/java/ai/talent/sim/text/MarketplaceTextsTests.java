package ai.talent.sim.text;

import ai.talent.domain.model.Language;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MarketplaceTextsTests {

    private static List<GeneratedText> generate(long seed, int count) {
        SplittableRandom profiles = new SplittableRandom(seed);
        RandomGenerator rng = new SplittableRandom(seed + 1);
        List<GeneratedText> texts = new ArrayList<>();
        Language[] languages = Language.values();
        for (int i = 0; i < count; i++) {
            Language language = languages[i % languages.length];
            texts.add(MarketplaceTexts.freelancer(TestProfiles.profile(profiles), language, rng));
            texts.add(MarketplaceTexts.project(TestProfiles.brief(profiles), language, rng));
            texts.add(MarketplaceTexts.query(TestProfiles.intent(profiles), language, rng));
        }
        return texts;
    }

    @Test
    void sameSeedGivesIdenticalTexts() {
        assertThat(generate(42, 300)).isEqualTo(generate(42, 300));
        assertThat(generate(42, 300)).isNotEqualTo(generate(43, 300));
    }

    @Test
    void tenThousandBiosFromVariedProfilesAreAllDifferent() {
        SplittableRandom profiles = new SplittableRandom(1);
        SplittableRandom rng = new SplittableRandom(2);
        Set<String> bios = new HashSet<>();
        Set<String> headlines = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            GeneratedText text = MarketplaceTexts.freelancer(TestProfiles.profile(profiles),
                    Language.values()[i % 3], rng);
            bios.add(text.body());
            headlines.add(text.title());
        }
        assertThat(bios).hasSize(10_000);
        assertThat(headlines.size()).isGreaterThan(7_000);
    }

    /**
     * A single fixed template filled with the same facts (role, years, skills, region, rate) only varies in its
     * slots; the generator must vary in wording far beyond that.
     */
    @ParameterizedTest
    @EnumSource(Language.class)
    void wordingVariesFarBeyondSlotFilling(Language language) {
        SplittableRandom profiles = new SplittableRandom(11);
        SplittableRandom rng = new SplittableRandom(12);
        List<String> generated = new ArrayList<>();
        List<String> templated = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            FreelancerProfile profile = TestProfiles.profile(profiles);
            generated.add(MarketplaceTexts.freelancer(profile, language, rng).body());
            templated.add(fixedTemplate(profile, language));
        }
        double ours = distinctTrigramRatio(generated);
        double template = distinctTrigramRatio(templated);
        System.out.printf(Locale.ROOT, "distinct 3-gram ratio %s: generator %.3f, fixed template %.3f (%.1fx)%n",
                language, ours, template, ours / template);
        assertThat(ours).isGreaterThan(2.5 * template).isGreaterThan(0.25);
    }

    private static String fixedTemplate(FreelancerProfile p, Language language) {
        List<String> skills = new ArrayList<>();
        for (SkillMention s : p.skills()) {
            skills.add(language == Language.EN ? s.nameEn() : s.nameKo());
        }
        if (language == Language.EN) {
            return "I am a " + p.role().en() + " with " + p.totalYears() + " years of experience. My main skills are "
                    + String.join(", ", skills) + ". I am based in " + p.regionEn() + " and my hourly rate is "
                    + p.hourlyRateKrw() + " KRW. I look forward to working with you.";
        }
        return "안녕하세요. 저는 " + p.totalYears() + "년차 " + p.role().ko() + "입니다. 주요 기술은 "
                + String.join(", ", skills) + "입니다. " + p.regionKo() + "에서 활동하고 있으며 희망 시급은 "
                + p.hourlyRateKrw() + "원입니다. 편하게 연락 주세요.";
    }

    static double distinctTrigramRatio(List<String> texts) {
        Set<String> distinct = new HashSet<>();
        long total = 0;
        for (String text : texts) {
            String[] tokens = text.trim().split("\\s+");
            for (int i = 0; i + 2 < tokens.length; i++) {
                distinct.add(tokens[i] + ' ' + tokens[i + 1] + ' ' + tokens[i + 2]);
                total++;
            }
        }
        return (double) distinct.size() / total;
    }

    @Test
    void eachLanguageHasItsScriptMix() {
        SplittableRandom profiles = new SplittableRandom(5);
        SplittableRandom rng = new SplittableRandom(6);
        double koLatin = 0;
        double mixedLatin = 0;
        int koQueriesWithHangul = 0;
        int n = 500;
        for (int i = 0; i < n; i++) {
            FreelancerProfile profile = TestProfiles.profile(profiles);
            ProjectBrief brief = TestProfiles.brief(profiles);
            QueryIntent intent = TestProfiles.intent(profiles);

            for (GeneratedText ko : List.of(MarketplaceTexts.freelancer(profile, Language.KO, rng),
                    MarketplaceTexts.project(brief, Language.KO, rng))) {
                String all = ko.title() + " " + ko.body();
                assertThat(hangulWordShare(all)).as(all).isGreaterThan(0.6);
                koLatin += 1 - hangulShare(all);
            }
            for (GeneratedText en : List.of(MarketplaceTexts.freelancer(profile, Language.EN, rng),
                    MarketplaceTexts.project(brief, Language.EN, rng),
                    MarketplaceTexts.query(intent, Language.EN, rng))) {
                assertThat(Naming.hasHangul(en.title() + en.body())).as(en.title() + "\n" + en.body()).isFalse();
                assertThat(en.language()).isEqualTo(Language.EN);
            }
            for (GeneratedText mixed : List.of(MarketplaceTexts.freelancer(profile, Language.MIXED, rng),
                    MarketplaceTexts.project(brief, Language.MIXED, rng))) {
                String all = mixed.title() + " " + mixed.body();
                assertThat(Naming.hasHangul(all)).as(all).isTrue();
                assertThat(all).as(all).containsPattern("[A-Za-z][A-Za-z0-9.+#-]*[A-Za-z]");
                mixedLatin += 1 - hangulShare(all);
            }
            // A terse Korean query may be all tech terms ("PM + Excel"), but most have Korean words.
            koQueriesWithHangul += Naming.hasHangul(MarketplaceTexts.query(intent, Language.KO, rng).title()) ? 1 : 0;
        }
        assertThat(mixedLatin / (2 * n)).isGreaterThan(1.5 * koLatin / (2 * n));
        assertThat(koQueriesWithHangul).isGreaterThan(n * 8 / 10);
    }

    /** Share of words with Hangul in them ("React를" counts as Korean: Korean grammar around an English term). */
    private static double hangulWordShare(String text) {
        int words = 0;
        int korean = 0;
        for (String word : text.trim().split("\\s+")) {
            if (word.codePoints().anyMatch(Character::isLetter)) {
                words++;
                korean += Naming.hasHangul(word) ? 1 : 0;
            }
        }
        return (double) korean / words;
    }

    /** Share of letters that are Hangul syllables, among Hangul and Latin letters. */
    private static double hangulShare(String text) {
        int hangul = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Hangul.isSyllable(c)) {
                hangul++;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                latin++;
            }
        }
        return hangul + latin == 0 ? 0 : (double) hangul / (hangul + latin);
    }

    @Test
    void queriesStateTheSkillRateAndYearsOfTheirIntent() {
        SplittableRandom intents = new SplittableRandom(8);
        SplittableRandom rng = new SplittableRandom(9);
        for (int i = 0; i < 3_000; i++) {
            QueryIntent intent = TestProfiles.intent(intents);
            Language language = Language.values()[i % 3];
            String query = MarketplaceTexts.query(intent, language, TestProfiles.EXACT, rng).title();
            String lower = query.toLowerCase(Locale.ROOT);
            assertThat(query).isNotBlank();
            for (SkillMention skill : intent.skills()) {
                assertThat(Naming.allForms(skill)).as(query)
                        .anyMatch(form -> lower.contains(form.toLowerCase(Locale.ROOT)));
            }
            if (intent.minYears() != null) {
                assertThat(query).as(query).containsPattern("(^|\\D)" + intent.minYears() + "\\D");
            }
            if (intent.maxRateKrw() != null) {
                assertThat(rateSpellings(intent.maxRateKrw())).as(query).anyMatch(lower::contains);
            }
            if (intent.minRateKrw() != null) {
                assertThat(rateSpellings(intent.minRateKrw())).as(query).anyMatch(lower::contains);
            }
            if (intent.regionKo() != null) {
                assertThat(query).as(query).containsAnyOf(intent.regionKo(), intent.regionEn(),
                        intent.regionEn().toLowerCase(Locale.ROOT));
            }
        }
    }

    /** How an amount may be written: 5만, 4.5만, 4만 5천, 50,000, 50k. */
    private static List<String> rateSpellings(long krw) {
        List<String> forms = new ArrayList<>();
        forms.add(String.format(Locale.ROOT, "%,d", krw));
        forms.add(krw / 1000 + "k");
        if (krw % 10_000 == 0) {
            forms.add(krw / 10_000 + "만");
        } else {
            forms.add(krw / 10_000 + "." + (krw % 10_000) / 1000 + "만");
            forms.add(krw / 10_000 + "만 " + (krw % 10_000) / 1000 + "천");
        }
        return forms;
    }

    @Test
    void projectPostsNameEveryRequiredSkill() {
        SplittableRandom briefs = new SplittableRandom(21);
        SplittableRandom rng = new SplittableRandom(22);
        for (int i = 0; i < 2_000; i++) {
            ProjectBrief brief = TestProfiles.brief(briefs);
            GeneratedText post = MarketplaceTexts.project(brief, Language.values()[i % 3], TestProfiles.EXACT, rng);
            String all = (post.title() + "\n" + post.body()).toLowerCase(Locale.ROOT);
            assertThat(post.title()).isNotBlank();
            for (SkillMention skill : brief.required()) {
                assertThat(Naming.allForms(skill)).as(all)
                        .anyMatch(form -> all.contains(form.toLowerCase(Locale.ROOT)));
            }
        }
    }

    @Test
    void particlesAfterSkillNamesInGeneratedTextsMatchTheName() {
        SplittableRandom profiles = new SplittableRandom(31);
        SplittableRandom rng = new SplittableRandom(32);
        int checked = 0;
        for (int i = 0; i < 3_000; i++) {
            FreelancerProfile profile = TestProfiles.profile(profiles);
            String bio = MarketplaceTexts.freelancer(profile, i % 2 == 0 ? Language.KO : Language.MIXED,
                    TestProfiles.EXACT, rng).body();
            for (SkillMention skill : profile.skills()) {
                for (String form : Naming.allForms(skill)) {
                    for (Particle particle : List.of(Particle.OBJECT, Particle.TOPIC, Particle.AND)) {
                        String wrong = form + (Hangul.hasFinalConsonant(form)
                                ? particle.afterVowel() : particle.afterConsonant());
                        String right = form + Hangul.particle(form, particle);
                        if (bio.contains(right)) {
                            checked++;
                        }
                        assertThat(containsAsWord(bio, wrong)).as(bio + "\n(wrong: " + wrong + ")").isFalse();
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(1_000);
    }

    /** Whether the text has the phrase starting a word and followed by a space, punctuation or the end. */
    private static boolean containsAsWord(String text, String phrase) {
        int from = 0;
        while (true) {
            int at = text.indexOf(phrase, from);
            if (at < 0) {
                return false;
            }
            int end = at + phrase.length();
            boolean starts = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean ends = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (starts && ends) {
                return true;
            }
            from = at + 1;
        }
    }

    @Test
    void koreanBiosComeInFormalPolitePlainAndResumeStyles() {
        SplittableRandom profiles = new SplittableRandom(41);
        SplittableRandom rng = new SplittableRandom(42);
        int formal = 0;
        int polite = 0;
        int plain = 0;
        int resume = 0;
        int n = 1_000;
        for (int i = 0; i < n; i++) {
            String bio = MarketplaceTexts.freelancer(TestProfiles.profile(profiles), Language.KO, rng).body();
            boolean bullets = bio.lines().filter(line -> line.matches("^[-•·▪✔*] .*")).count() >= 3;
            if (bullets) {
                resume++;
            } else if (bio.contains("니다")) {
                formal++;
            } else if (bio.matches("(?s).*[가-힣]요[.!]?(\\s.*|$)")) {
                polite++;
            } else if (bio.matches("(?s).*(한다|했다|있다|이다|된다)\\..*")) {
                plain++;
            }
        }
        assertThat(formal).isGreaterThan(n / 5);
        assertThat(polite).isGreaterThan(n / 8);
        assertThat(plain).isGreaterThan(n / 12);
        assertThat(resume).isGreaterThan(n / 10);
    }

    @Test
    void amountsAndYearsAppearInTheirUsualForms() {
        SplittableRandom profiles = new SplittableRandom(51);
        SplittableRandom rng = new SplittableRandom(52);
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            GeneratedText text = MarketplaceTexts.freelancer(TestProfiles.profile(profiles), Language.values()[i % 3],
                    rng);
            all.append(text.title()).append('\n').append(text.body()).append('\n');
        }
        String texts = all.toString();
        assertThat(texts).containsPattern("\\d+년차")
                .containsPattern("경력 \\d+년")
                .containsPattern("\\d+\\+ years")
                .containsPattern("시급 \\d+(\\.\\d)?만 ?원")
                .containsPattern("\\d{1,3}(,\\d{3})+원/시간")
                .containsPattern("₩\\d{1,3}(,\\d{3})+/hr")
                .containsPattern("\\d+k KRW");
    }

    @Test
    void domainsHaveEnglishAndKoreanNames() {
        assertThat(MarketplaceTexts.domains()).contains("fintech", "e-commerce", "healthcare", "education", "game",
                "logistics", "media", "public-sector");
        for (Domain domain : Domains.all()) {
            assertThat(domain.en()).isNotEmpty().noneMatch(Naming::hasHangul);
            assertThat(domain.ko()).isNotEmpty();
        }
        assertThat(Domains.byKey("FINTECH")).get().extracting(Domain::nameKo).isEqualTo("핀테크");
    }

    @Test
    void textsDoNotDependOnAnythingButTheirInputsAndGenerator() {
        Function<Long, String> bio = seed -> MarketplaceTexts.freelancer(
                TestProfiles.profile(new SplittableRandom(99)), Language.MIXED, new SplittableRandom(seed)).body();
        String first = bio.apply(5L);
        generate(1, 50);
        assertThat(bio.apply(5L)).isEqualTo(first);
    }
}
