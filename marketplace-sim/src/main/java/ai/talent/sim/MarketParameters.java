package ai.talent.sim;

import ai.talent.domain.model.Region;
import ai.talent.domain.skill.SkillCategory;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * The simulated market's fixed behaviour in one place: category mix, rates, regions, and the base weights of
 * the latent fit, the true success probability and learning. Each mechanism's weight here is multiplied by its
 * strength in {@link Mechanisms}. Changing a number here changes the marketplace, not the code.
 */
final class MarketParameters {

    private MarketParameters() {
    }

    /** The simulated history starts here; entity timestamps are offsets from it. */
    static final Instant EPOCH = Instant.parse("2025-01-01T00:00:00Z");
    static final long DAY = 86_400L;

    static final Map<SkillCategory, Double> CATEGORY_WEIGHT = new EnumMap<>(Map.of(
            SkillCategory.SOFTWARE, 0.34,
            SkillCategory.DATA_AI, 0.12,
            SkillCategory.DESIGN, 0.15,
            SkillCategory.MARKETING, 0.10,
            SkillCategory.WRITING_TRANSLATION, 0.12,
            SkillCategory.VIDEO, 0.09,
            SkillCategory.BUSINESS, 0.08));

    /** Median hourly rate of a mid-level freelancer, KRW. */
    static final Map<SkillCategory, Long> MEDIAN_HOURLY_KRW = new EnumMap<>(Map.of(
            SkillCategory.SOFTWARE, 45_000L,
            SkillCategory.DATA_AI, 55_000L,
            SkillCategory.DESIGN, 35_000L,
            SkillCategory.MARKETING, 30_000L,
            SkillCategory.WRITING_TRANSLATION, 25_000L,
            SkillCategory.VIDEO, 32_000L,
            SkillCategory.BUSINESS, 40_000L));

    static final long MIN_HOURLY_KRW = 10_000;
    static final double RATE_SPREAD_SIGMA = 0.28;

    static final String[] SENIORITIES = {"junior", "mid", "senior"};
    static final double[] SENIORITY_WEIGHT = {0.35, 0.42, 0.23};
    static final double[] SENIORITY_RATE_MULTIPLIER = {0.7, 1.0, 1.5};
    static final int[] SENIORITY_MIN_YEARS = {0, 3, 7};
    static final int[] SENIORITY_MAX_YEARS = {2, 6, 18};
    static final double[] SENIORITY_BASE_LEVEL = {2.0, 3.1, 4.1};

    static final String[] COMPLEXITIES = {"simple", "standard", "complex"};
    static final double[] COMPLEXITY_WEIGHT = {0.3, 0.42, 0.28};
    /** The seniority a client asks for, by complexity (rows) — mostly the matching one, not always. */
    static final double[][] SENIORITY_WANTED_BY_COMPLEXITY = {{0.55, 0.35, 0.10}, {0.2, 0.55, 0.25}, {0.05, 0.3, 0.65}};

    static final Region[] REGIONS = Region.values();
    static final double[] REGION_WEIGHT = {
        0.37, 0.20, 0.05, 0.07, 0.04, 0.04, 0.03, 0.02, 0.01, 0.02, 0.03, 0.02, 0.03, 0.02, 0.03, 0.02};

    static boolean bothInCapitalArea(Region a, Region b) {
        return a.capitalArea() && b.capitalArea();
    }

    static double rateRegionMultiplier(Region region) {
        return switch (region) {
            case SEOUL -> 1.1;
            case ABROAD -> 1.25;
            case GYEONGGI, INCHEON -> 1.0;
            default -> 0.92;
        };
    }

    static final int[] AVAILABILITY_HOURS = {10, 20, 30, 40};
    static final double[] AVAILABILITY_WEIGHT = {0.2, 0.35, 0.2, 0.25};
    static final int[] PROJECT_HOURS = {10, 20, 30, 40};
    static final double[] PROJECT_HOURS_WEIGHT = {0.2, 0.3, 0.2, 0.3};

    // Clients
    /** Share of a client's projects in its main category; the rest come from the market's mix. */
    static final double CLIENT_MAIN_CATEGORY_SHARE = 0.7;
    /** Freelancers a client already knows and invites to its projects (the source of repeat hires). */
    static final int CLIENT_NETWORK = 5;
    static final double NETWORK_INVITE = 0.45;
    /** Dimension of the hidden client–freelancer compatibility. */
    static final int COMPATIBILITY_RANK = 3;
    static final double PROJECT_DOMAIN_FROM_INDUSTRY = 0.6;
    static final double PROJECT_DOMAIN_STATED = 0.65;

    // Roles: the skills a role mostly uses weigh this much more when skills are picked
    static final double ROLE_CORE_SKILL_WEIGHT = 3.0;
    static final double ROLE_CORE_SHARE = 0.4;

    // Hiring
    static final int MIN_APPLICANTS = 4;
    static final int MAX_APPLICANTS = 24;
    static final double SAME_CATEGORY_APPLICANT_SHARE = 0.8;
    static final double OFF_PROFILE_APPLY = 0.15;
    static final double HIRE_SOFTMAX_TEMPERATURE = 0.45;
    static final double HIRE_ANY_BIAS = 1.6;
    static final double FIT_NOISE_SIGMA = 0.35;

    // Latent fit, base weights (log-odds); mechanism weights are multiplied by their strength
    static final double SKILL_REQUIRED_WEIGHT = 3.0;
    static final double SKILL_BIAS = -1.9;
    static final double SKILL_NICE_WEIGHT = 0.4;
    static final double RATE_SMOOTH_WEIGHT = 0.3;
    static final double RATE_OVER_THRESHOLD = 1.25;
    static final double RATE_OVER_PENALTY = 1.6;
    static final double RATE_UNDER_THRESHOLD = 0.6;
    static final double RATE_UNDER_PENALTY = 0.5;
    static final double EXPERIENCE_GAP_PENALTY = 0.3;
    static final double WORKLOAD_BASE_PENALTY = 0.4;
    static final double WORKLOAD_TIGHT_PENALTY = 5.0;
    static final double WORKLOAD_LOOSE_PENALTY = 0.4;
    /** A deadline is tight when the days left are less than this many times the days of work. */
    static final double TIGHT_DEADLINE_SLACK = 1.2;
    static final double ROLE_SAME = 0.9;
    static final double ROLE_SAME_CATEGORY = -0.5;
    static final double ROLE_OTHER_CATEGORY = -1.0;
    static final double DOMAIN_MATCH = 0.9;
    static final double DOMAIN_MISMATCH = -0.2;
    static final double CRAFT_WEIGHT = 0.6;
    /** Fit by the freelancer's seniority (rows: junior, mid, senior) and the project's complexity (columns). */
    static final double[][] SENIORITY_BY_COMPLEXITY = {{0.4, -0.3, -1.6}, {0.2, 0.2, -0.5}, {-0.4, 0.3, 0.9}};
    static final double COMPATIBILITY_HIRE_WEIGHT = 0.3;

    // True success probability: sigmoid(bias + fitWeight·fit + craft + seniority × complexity + reliability
    // + compatibility + client quality). Craft and seniority × complexity weigh more in the work than a client
    // can judge when hiring.
    static final double SUCCESS_BIAS = 0.7;
    static final double SUCCESS_FIT_WEIGHT = 0.8;
    static final double SUCCESS_CRAFT_WEIGHT = 0.5;
    static final double SUCCESS_SENIORITY_WEIGHT = 0.8;
    static final double SUCCESS_RELIABILITY_WEIGHT = 1.0;
    static final double SUCCESS_COMPATIBILITY_WEIGHT = 0.9;
    static final double SUCCESS_CLIENT_WEIGHT = 0.5;
    static final double RELIABILITY_MEAN = 0.7;
    static final double RELIABILITY_SD = 0.15;
    static final double CLIENT_QUALITY_MEAN = 0.6;
    static final double CLIENT_QUALITY_SD = 0.2;

    // Learning
    static final double GUESS = 0.15;
    static final double SLIP = 0.08;
    static final double MASTERY_SLOPE = 7.0;
    /** With strength 1, mastery grows at this share of its rate while a prerequisite's mastery is 0. */
    static final double PREREQUISITE_FLOOR = 0.15;
    /** Prerequisites stop holding a skill back once their mastery reaches this. */
    static final double PREREQUISITE_ENOUGH = 0.6;
    static final double TWO_SKILL_SHARE = 0.3;

    // Query judging: grade thresholds on the true relevance score, and the judge's noise
    static final double[] GRADE_THRESHOLDS = {0.25, 0.5, 0.75};
    static final double JUDGE_NOISE_SIGMA = 0.07;
}
