package ai.talent.sim.text;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.model.Language;
import ai.talent.domain.skill.Skill;
import ai.talent.domain.skill.SkillTaxonomy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Skills in free text are not a dictionary lookup, and the wording is split in two: a vocabulary learned from
 * texts written with the training half does not cover the test half's texts.
 */
class TextHalvesTests {

    private static final List<SkillMention> SKILLS = SkillTaxonomy.standard().all().stream()
            .map(s -> SkillMention.of(s.nameEn(), s.nameKo(), s.aliases())).toList();

    private static Set<String> mentions(TextHalf half, double noise, int n, long seed) {
        Voice voice = new Voice(KoreanStyle.FORMAL, 0, new TextOptions(half, noise));
        SplittableRandom rng = new SplittableRandom(seed);
        Set<String> out = new HashSet<>();
        for (int i = 0; i < n; i++) {
            SkillMention s = SKILLS.get(i % SKILLS.size());
            out.add(Naming.skill(s, Language.values()[i % 3], voice, rng).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static Set<String> dictionary() {
        Set<String> names = new HashSet<>();
        for (Skill s : SkillTaxonomy.standard().all()) {
            names.add(s.nameEn().toLowerCase(Locale.ROOT));
            names.add(s.nameKo().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    @Test
    void skillNamesInFreeTextAreNotADictionaryLookup() {
        Set<String> test = mentions(TextHalf.TEST, 1, 20_000, 2);
        Set<String> notInDictionary = new HashSet<>(test);
        notInDictionary.removeAll(dictionary());
        assertThat(notInDictionary.size() / (double) test.size()).isGreaterThan(0.3);
        // with the noise off, every mention is the English or Korean name
        Set<String> exact = mentions(TextHalf.TEST, 0, 20_000, 2);
        exact.removeAll(dictionary());
        assertThat(exact).isEmpty();
    }

    @Test
    void aVocabularyFromTrainingTextsMissesManyTestSpellings() {
        Set<String> train = mentions(TextHalf.TRAIN, 1, 40_000, 3);
        Set<String> test = mentions(TextHalf.TEST, 1, 20_000, 4);
        Set<String> unseen = new HashSet<>(test);
        unseen.removeAll(train);
        assertThat(unseen.size() / (double) test.size()).isGreaterThan(0.2);
        // the canonical names are shared: a test text is never all new words
        Set<String> seen = new HashSet<>(test);
        seen.retainAll(train);
        assertThat(seen.size()).isGreaterThan(SKILLS.size());
    }

    @Test
    void theHalvesSplitEveryPhraseBankSectionWithoutSharingATemplate() {
        for (String file : List.of("freelancer-ko.txt", "freelancer-en.txt", "project-ko.txt", "project-en.txt",
                "query-ko.txt", "query-en.txt", "achievements.txt", "domain-work.txt")) {
            for (Map.Entry<String, List<String>> section : PhraseBank.load(file).sections().entrySet()) {
                List<String> all = section.getValue();
                List<String> train = TextHalf.TRAIN.share(all);
                List<String> test = TextHalf.TEST.share(all);
                assertThat(train).isNotEmpty();
                assertThat(test).isNotEmpty();
                if (all.size() > 1) {
                    assertThat(train).as(file + " ## " + section.getKey()).doesNotContainAnyElementsOf(test);
                    List<String> union = new ArrayList<>(train);
                    union.addAll(test);
                    assertThat(union).containsExactlyInAnyOrderElementsOf(all);
                }
            }
        }
    }

    @Test
    void roleAndDomainVariantsAreSplitButTheirCanonicalNamesShared() {
        for (String category : Roles.categories()) {
            for (Role role : Roles.forCategory(category)) {
                List<String> ko = Roles.namesKo(role);
                assertThat(TextHalf.TRAIN.variants(ko)).contains(ko.get(0));
                assertThat(TextHalf.TEST.variants(ko)).contains(ko.get(0));
                if (ko.size() > 2) {
                    assertThat(TextHalf.TRAIN.variants(ko).subList(1, TextHalf.TRAIN.variants(ko).size()))
                            .doesNotContainAnyElementsOf(TextHalf.TEST.variants(ko));
                }
            }
        }
    }

    @Test
    void postsStateTheirRoleAndNameOrImplyTheirDomain() {
        SplittableRandom briefs = new SplittableRandom(61);
        SplittableRandom rng = new SplittableRandom(62);
        int withRole = 0;
        int named = 0;
        int namedChecked = 0;
        int implied = 0;
        int n = 1_500;
        for (int i = 0; i < n; i++) {
            ProjectBrief brief = TestProfiles.brief(briefs);
            GeneratedText post = MarketplaceTexts.project(brief, Language.values()[i % 3], TestProfiles.EXACT, rng);
            String all = (post.title() + "\n" + post.body()).toLowerCase(Locale.ROOT);
            List<String> roleNames = new ArrayList<>(Roles.namesEn(brief.role()));
            roleNames.addAll(Roles.namesKo(brief.role()));
            if (roleNames.stream().anyMatch(r -> all.contains(r.toLowerCase(Locale.ROOT)))) {
                withRole++;
            }
            Domain domain = Domains.byKey(brief.domain()).orElseThrow();
            List<String> domainNames = new ArrayList<>(domain.en());
            domainNames.addAll(domain.ko());
            boolean namesIt = domainNames.stream().anyMatch(d -> all.contains(d.toLowerCase(Locale.ROOT)));
            if (brief.domainStated()) {
                namedChecked++;
                named += namesIt ? 1 : 0;
            } else if (!all.contains(domain.nameEn().toLowerCase(Locale.ROOT)) && !all.contains(domain.nameKo())) {
                implied++;
            }
        }
        assertThat(withRole).isGreaterThan(n * 85 / 100);
        assertThat(named).isEqualTo(namedChecked);
        assertThat(implied).as("posts that only imply their domain").isGreaterThan(n / 5);
    }

    @Test
    void achievementsReadStrongerForBetterCraft() {
        SplittableRandom profiles = new SplittableRandom(71);
        SplittableRandom rng = new SplittableRandom(72);
        double[] leads = new double[3];
        double[] counts = new double[3];
        for (int i = 0; i < 3_000; i++) {
            FreelancerProfile p = TestProfiles.profile(profiles);
            GeneratedText text = MarketplaceTexts.freelancer(p, Language.values()[i % 3], rng);
            String bio = text.body().toLowerCase(Locale.ROOT);
            boolean lead = bio.contains("리드") || bio.contains("주도") || bio.contains("총괄") || bio.contains("led ")
                    || bio.contains("lead");
            leads[p.craftTier() + 1] += lead ? 1 : 0;
            counts[p.craftTier() + 1]++;
        }
        double modest = leads[0] / counts[0];
        double solid = leads[1] / counts[1];
        double strong = leads[2] / counts[2];
        assertThat(strong).as("modest %.2f, solid %.2f, strong %.2f", modest, solid, strong).isGreaterThan(0.9)
                .isGreaterThan(solid + 0.3);
        assertThat(modest).isLessThan(solid);
    }
}
