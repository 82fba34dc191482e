package ai.talent.sim;

import static ai.talent.sim.MarketParameters.*;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Language;
import ai.talent.domain.model.Money;
import ai.talent.domain.model.Region;
import ai.talent.domain.model.SkillLevel;
import ai.talent.sim.text.FreelancerProfile;
import ai.talent.sim.text.GeneratedText;
import ai.talent.sim.text.MarketplaceTexts;
import ai.talent.sim.text.Role;
import ai.talent.sim.text.Roles;
import ai.talent.sim.text.SkillMention;
import ai.talent.domain.model.Language;
import ai.talent.domain.skill.Skill;
import ai.talent.domain.skill.SkillCategory;
import ai.talent.domain.skill.SkillTaxonomy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates freelancer number {@code index} from its own seed: the same index always gives the same
 * freelancer, so applicants and judged candidates are regenerated instead of stored.
 */
final class FreelancerGenerator {

    private final long seed;
    private final SkillTaxonomy taxonomy;
    private final LanguageMix languageMix;
    private final List<SkillCategory> categories;
    private final double[] categoryWeights;

    FreelancerGenerator(long seed, SkillTaxonomy taxonomy, LanguageMix languageMix) {
        this.seed = seed;
        this.taxonomy = taxonomy;
        this.languageMix = languageMix;
        this.categories = new ArrayList<>();
        for (SkillCategory c : SkillCategory.values()) {
            if (!taxonomy.inCategory(c).isEmpty()) {
                categories.add(c);
            }
        }
        this.categoryWeights = categories.stream().mapToDouble(c -> CATEGORY_WEIGHT.getOrDefault(c, 0.05)).toArray();
    }

    static String id(long index) {
        return "f-" + index;
    }

    /** The main category of freelancer {@code index}, cheap enough to call while sampling applicants. */
    SkillCategory categoryOf(long index) {
        return categories.get(Draw.weightedIndex(categoryWeights, Seeds.rng(seed, "freelancer-category", index)));
    }

    SimFreelancer generate(long index, boolean withText) {
        SplittableRandom rng = Seeds.rng(seed, "freelancer", index);
        SkillCategory category = categoryOf(index);
        int seniority = Draw.weightedIndex(SENIORITY_WEIGHT, rng);
        int totalYears = SENIORITY_MIN_YEARS[seniority]
                + rng.nextInt(SENIORITY_MAX_YEARS[seniority] - SENIORITY_MIN_YEARS[seniority] + 1);
        double reliability = Draw.clamp(0.68 + 0.17 * rng.nextGaussian(), 0.05, 0.99);
        // Less reliable people overstate their levels a little more.
        double overclaim = 0.15 + 0.6 * (1 - reliability);

        List<Skill> skills = pickSkills(category, rng);
        List<SkillLevel> declared = new ArrayList<>();
        List<TrueSkill> truths = new ArrayList<>();
        for (int i = 0; i < skills.size(); i++) {
            Skill skill = skills.get(i);
            // The first skills listed are the core ones; later ones are weaker.
            double level = Draw.clamp(SENIORITY_BASE_LEVEL[seniority] - 0.25 * i + 0.7 * rng.nextGaussian(), 1.0, 5.0);
            int declaredLevel = (int) Math.round(Draw.clamp(level + overclaim + 0.4 * rng.nextGaussian(), 1, 5));
            double years = Math.round(Math.max(0.5, totalYears * Draw.between(rng, 0.3, 1.0)) * 2) / 2.0;
            truths.add(new TrueSkill(skill.id(), Math.round(level * 100) / 100.0));
            declared.add(new SkillLevel(skill.id(), declaredLevel, years));
        }

        Region region = REGIONS[Draw.weightedIndex(REGION_WEIGHT, rng)];
        boolean remoteOk = region == Region.REMOTE || region == Region.ABROAD || rng.nextDouble() < 0.6;
        double rate = MEDIAN_HOURLY_KRW.get(category) * SENIORITY_RATE_MULTIPLIER[seniority]
                * rateRegionMultiplier(region) * (0.85 + 0.3 * reliability) * Draw.logNormal(rng, RATE_SPREAD_SIGMA);
        long hourly = Math.max(MIN_HOURLY_KRW, Math.round(rate / 1000.0) * 1000);

        Language textLanguage = languageMix.draw(rng);
        List<String> spoken = spokenLanguages(textLanguage, region, rng);
        int availability = AVAILABILITY_HOURS[Draw.weightedIndex(AVAILABILITY_WEIGHT, rng)];

        int completed = (int) Math.round(totalYears * Draw.between(rng, 0.0, 3.0) + (rng.nextDouble() < 0.3 ? 0 : 1));
        int ratingCount = (int) Math.round(completed * Draw.between(rng, 0.6, 1.0));
        double ratingAverage = ratingCount == 0 ? 0.0
                : Math.round(Draw.clamp(2.9 + 2.2 * reliability + 0.25 * rng.nextGaussian(), 1.0, 5.0) * 10) / 10.0;

        List<Role> roles = Roles.forCategory(category.name());
        Role role = roles.get(rng.nextInt(roles.size()));
        String displayName = spoken.contains("ko") && rng.nextDouble() < 0.9 ? Names.korean(rng) : Names.english(rng);

        String headline = "";
        String bio = "";
        if (withText) {
            List<SkillMention> mentions = new ArrayList<>();
            for (int i = 0; i < skills.size(); i++) {
                Skill s = skills.get(i);
                mentions.add(new SkillMention(s.nameEn(), s.nameKo(), s.aliases(), declared.get(i).level(),
                        declared.get(i).years()));
            }
            FreelancerProfile profile = new FreelancerProfile(category.name(), role, mentions, totalYears,
                    region.nameEn(), region.nameKo(), remoteOk, hourly, spoken);
            GeneratedText text = MarketplaceTexts.freelancer(profile, textLanguage, Seeds.rng(seed, "freelancer-text", index));
            headline = text.title();
            bio = text.body();
        }
        Freelancer freelancer = new Freelancer(id(index), displayName, headline, bio,
                textLanguage, declared, Money.krw(hourly), region, remoteOk, spoken,
                availability, ratingAverage, ratingCount, completed);
        FreelancerTruth truth = new FreelancerTruth(category, SENIORITIES[seniority], role.en(), totalYears,
                Math.round(reliability * 1000) / 1000.0, truths);
        return new SimFreelancer(index, freelancer, truth);
    }

    private List<Skill> pickSkills(SkillCategory category, SplittableRandom rng) {
        List<Skill> inCategory = taxonomy.inCategory(category);
        int k = Math.min(inCategory.size(), 3 + rng.nextInt(4));
        Set<Skill> picked = new LinkedHashSet<>(Draw.weightedDistinct(inCategory, Skill::popularity, k, rng));
        // Some people have a second string (a developer who designs, a marketer who writes).
        if (rng.nextDouble() < 0.25) {
            SkillCategory other = categories.get(rng.nextInt(categories.size()));
            picked.add(Draw.weighted(taxonomy.inCategory(other), Skill::popularity, rng));
        }
        return new ArrayList<>(picked);
    }

    private static List<String> spokenLanguages(Language textLanguage, Region region, SplittableRandom rng) {
        List<String> spoken = new ArrayList<>();
        boolean korean = textLanguage != Language.EN || region != Region.ABROAD || rng.nextDouble() < 0.5;
        if (korean) {
            spoken.add("ko");
        }
        if (textLanguage != Language.KO || rng.nextDouble() < 0.3 || !korean) {
            spoken.add("en");
        }
        if (rng.nextDouble() < 0.05) {
            spoken.add("ja");
        }
        if (rng.nextDouble() < 0.03) {
            spoken.add("zh");
        }
        return spoken;
    }
}
