package ai.talent.sim;

import static ai.talent.sim.MarketParameters.*;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Language;
import ai.talent.domain.model.Money;
import ai.talent.domain.model.Region;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.skill.Skill;
import ai.talent.domain.skill.SkillCategory;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.sim.text.FreelancerProfile;
import ai.talent.sim.text.GeneratedText;
import ai.talent.sim.text.MarketplaceTexts;
import ai.talent.sim.text.Role;
import ai.talent.sim.text.Roles;
import ai.talent.sim.text.SkillMention;
import ai.talent.sim.text.TextOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates freelancer number {@code index} from its own seed: the same index always gives the same
 * freelancer, so applicants and judged candidates are regenerated instead of stored. The profile is what the
 * platform publishes; role, seniority, domains and craft are written only into the headline and bio.
 */
final class FreelancerGenerator {

    private final long seed;
    private final SkillTaxonomy taxonomy;
    private final LanguageMix languageMix;
    private final CategoryMix categories;
    private final List<String> domains;
    private final TextOptions textOptions;
    private final Mechanisms mechanisms;

    FreelancerGenerator(long seed, SkillTaxonomy taxonomy, LanguageMix languageMix, CategoryMix categories,
                        TextOptions textOptions, Mechanisms mechanisms) {
        this.seed = seed;
        this.taxonomy = taxonomy;
        this.languageMix = languageMix;
        this.categories = categories;
        this.domains = MarketplaceTexts.domains();
        this.textOptions = textOptions;
        this.mechanisms = mechanisms;
    }

    static String id(long index) {
        return "f-" + index;
    }

    /** The main category of freelancer {@code index}, cheap enough to call while sampling applicants. */
    SkillCategory categoryOf(long index) {
        return categories.draw(Seeds.rng(seed, "freelancer-category", index));
    }

    /**
     * Profiles without text recently generated, by index: hiring draws the same freelancers again and again in a
     * small market. Bounded, so memory stays flat however many freelancers there are.
     */
    private final Map<Long, SimFreelancer> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, SimFreelancer> eldest) {
            return size() > RECENT_PROFILES;
        }
    };
    private static final int RECENT_PROFILES = 2048;

    SimFreelancer generate(long index, boolean withText) {
        if (withText) {
            return generate(index, true, TrackRecord.EMPTY);
        }
        SimFreelancer cached = recent.get(index);
        if (cached == null) {
            cached = generate(index, false, TrackRecord.EMPTY);
            recent.put(index, cached);
        }
        return cached;
    }

    /** What is drawn first for every freelancer, in this order (so the skills can be regenerated alone). */
    private record Skeleton(Role role, int seniority, int totalYears, double reliability, double craft,
                            double overclaim, List<Skill> skills) {
    }

    private Skeleton skeleton(SkillCategory category, SplittableRandom rng) {
        List<Role> roles = Roles.forCategory(category.name());
        Role role = roles.get(rng.nextInt(roles.size()));
        int seniority = Draw.weightedIndex(SENIORITY_WEIGHT, rng);
        int totalYears = SENIORITY_MIN_YEARS[seniority]
                + rng.nextInt(SENIORITY_MAX_YEARS[seniority] - SENIORITY_MIN_YEARS[seniority] + 1);
        double reliability = Draw.clamp(RELIABILITY_MEAN + RELIABILITY_SD * rng.nextGaussian(), 0.05, 0.99);
        double craft = rng.nextGaussian();
        // How much people overstate their levels is personal, and says nothing about their reliability.
        double overclaim = 0.3 + 0.25 * rng.nextGaussian();
        return new Skeleton(role, seniority, totalYears, reliability, craft, overclaim, pickSkills(category, role, rng));
    }

    /** The taxonomy ids of freelancer {@code index}'s skills, without generating the rest (for who applies). */
    List<String> skillIds(long index) {
        return skeleton(categoryOf(index), Seeds.rng(seed, "freelancer", index)).skills().stream()
                .map(Skill::id).toList();
    }

    /**
     * Everything drawn for freelancer {@code index} before any text is written, in the order it is drawn (the
     * generator and the parallel-text writer share it, so both see the same freelancer).
     */
    private record Draft(SkillCategory category, Role role, int seniority, int totalYears, double reliability,
                         double craft, List<Skill> skills, List<SkillLevel> declared, List<TrueSkill> truths,
                         Region region, boolean remoteOk, long hourly, Language textLanguage, List<String> spoken,
                         int availability, List<String> domains, List<Double> compatibility, TrackRecord initial,
                         int craftTier, String displayName) {

        /** What the headline and bio are written from. */
        FreelancerProfile profile() {
            List<SkillMention> mentions = new ArrayList<>();
            for (int i = 0; i < skills.size(); i++) {
                Skill s = skills.get(i);
                mentions.add(new SkillMention(s.nameEn(), s.nameKo(), s.aliases(), declared.get(i).level(),
                        declared.get(i).years()));
            }
            return new FreelancerProfile(category.name(), role, SENIORITIES[seniority], mentions, totalYears, domains,
                    craftTier, region.nameEn(), region.nameKo(), remoteOk, hourly, spoken);
        }
    }

    private Draft draft(long index) {
        SplittableRandom rng = Seeds.rng(seed, "freelancer", index);
        SkillCategory category = categoryOf(index);
        Skeleton skeleton = skeleton(category, rng);
        int seniority = skeleton.seniority();
        int totalYears = skeleton.totalYears();
        double craft = skeleton.craft();
        double overclaim = skeleton.overclaim();
        List<Skill> skills = skeleton.skills();
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
                * rateRegionMultiplier(region) * Draw.logNormal(rng, RATE_SPREAD_SIGMA);
        long hourly = Math.max(MIN_HOURLY_KRW, Math.round(rate / 1000.0) * 1000);

        Language textLanguage = languageMix.draw(rng);
        List<String> spoken = spokenLanguages(textLanguage, region, rng);
        int availability = AVAILABILITY_HOURS[Draw.weightedIndex(AVAILABILITY_WEIGHT, rng)];

        List<String> known = new ArrayList<>(domains);
        List<String> freelancerDomains = new ArrayList<>();
        int domainCount = rng.nextDouble() < 0.6 ? 1 : 2;
        for (int i = 0; i < domainCount; i++) {
            freelancerDomains.add(known.remove(rng.nextInt(known.size())));
        }
        List<Double> compatibility = new ArrayList<>();
        for (int k = 0; k < COMPATIBILITY_RANK; k++) {
            compatibility.add(round3(rng.nextGaussian()));
        }
        TrackRecord initial = initialRecord(totalYears, skeleton.reliability(), rng);
        // The bio hints at craft through its achievements, with some slack: people describe their work unevenly.
        double craftSignal = craft + 0.45 * rng.nextGaussian();
        int craftTier = craftSignal < -0.6 ? -1 : craftSignal > 0.6 ? 1 : 0;
        String displayName = spoken.contains("ko") && rng.nextDouble() < 0.9 ? Names.korean(rng) : Names.english(rng);
        return new Draft(category, skeleton.role(), seniority, totalYears, skeleton.reliability(), craft, skills,
                declared, truths, region, remoteOk, hourly, textLanguage, spoken, availability, freelancerDomains,
                compatibility, initial, craftTier, displayName);
    }

    /** What freelancer {@code index}'s headline and bio are written from (the parallel texts write it twice). */
    FreelancerProfile profile(long index) {
        return draft(index).profile();
    }

    /**
     * The freelancer with {@code sinceStart} added to the record they came with (contracts completed in the
     * simulated history), as a later {@code freelancer.upserted} carries it.
     */
    SimFreelancer generate(long index, boolean withText, TrackRecord sinceStart) {
        Draft d = draft(index);
        TrackRecord record = d.initial().plus(sinceStart);
        String headline = "";
        String bio = "";
        if (withText) {
            GeneratedText text = MarketplaceTexts.freelancer(d.profile(), d.textLanguage(), textOptions,
                    Seeds.rng(seed, "freelancer-text", index));
            headline = text.title();
            bio = text.body();
        }
        Freelancer freelancer = new Freelancer(id(index), d.displayName(), headline, bio, d.textLanguage(),
                d.declared(), Money.krw(d.hourly()), d.region(), d.remoteOk(), d.spoken(), d.availability(),
                record.average(), record.ratingCount(), record.completed());
        FreelancerTruth truth = new FreelancerTruth(d.category(), d.role().en(), SENIORITIES[d.seniority()],
                d.totalYears(), round3(d.craft()), round3(d.reliability()), d.domains(), d.compatibility(),
                d.truths());
        return new SimFreelancer(index, freelancer, truth, d.initial());
    }

    /**
     * The contracts a freelancer brings from before the simulated history: each succeeded with the chance their
     * reliability gives at an ordinary fit, and was rated as simulated contracts are. (Craft shows in the bio's
     * achievements, not in old ratings: past work was of other kinds, for other clients.)
     */
    private TrackRecord initialRecord(int totalYears, double reliability, SplittableRandom rng) {
        int past = (int) Math.round(totalYears * Draw.between(rng, 0.0, 2.5) + (rng.nextDouble() < 0.3 ? 0 : 1));
        double p = Draw.sigmoid(SUCCESS_BIAS
                + mechanisms.reliability() * SUCCESS_RELIABILITY_WEIGHT * (reliability - RELIABILITY_MEAN) / RELIABILITY_SD);
        int rated = 0;
        int sum = 0;
        int completed = 0;
        for (int i = 0; i < past; i++) {
            Outcomes.Ending ending = Outcomes.draw(rng.nextDouble() < p, rng);
            if (ending.completed()) {
                completed++;
            }
            if (rng.nextDouble() < 0.85) {
                rated++;
                sum += ending.rating();
            }
        }
        return new TrackRecord(rated, sum, completed);
    }

    private List<Skill> pickSkills(SkillCategory category, Role role, SplittableRandom rng) {
        List<Skill> inCategory = taxonomy.inCategory(category);
        int k = Math.min(inCategory.size(), 3 + rng.nextInt(4));
        Set<Skill> picked = new LinkedHashSet<>(
                Draw.weightedDistinct(inCategory, RoleSkills.weights(role.en(), inCategory), k, rng));
        // Some people have a second string (a developer who designs, a marketer who writes).
        if (rng.nextDouble() < 0.25) {
            SkillCategory other = Draw.uniform(categories.all(), rng);
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

    static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
