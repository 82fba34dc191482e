package ai.talent.sim;

import ai.talent.domain.model.Region;
import ai.talent.domain.skill.SkillCategory;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * The simulated market's behaviour in one place: category mix, rates, regions, and the weights of the latent
 * fit and of the true success probability. Changing a number here changes the marketplace, not the code.
 */
final class MarketParameters {

    private MarketParameters() {
    }

    /** The simulated history starts here; entity timestamps are offsets from it. */
    static final Instant EPOCH = Instant.parse("2025-01-01T00:00:00Z");
    static final long HISTORY_DAYS = 365;

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

    static final Region[] REGIONS = Region.values();
    static final double[] REGION_WEIGHT = {
        0.37, 0.20, 0.05, 0.07, 0.04, 0.04, 0.03, 0.02, 0.01, 0.02, 0.03, 0.02, 0.03, 0.02, 0.03, 0.02};

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

    // Hiring
    static final int MIN_APPLICANTS = 4;
    static final int MAX_APPLICANTS = 24;
    static final double SAME_CATEGORY_APPLICANT_SHARE = 0.8;
    static final double OFF_PROFILE_APPLY = 0.15;
    static final double HIRE_SOFTMAX_TEMPERATURE = 0.5;
    static final double HIRE_ANY_BIAS = 1.6;
    static final double FIT_NOISE_SIGMA = 0.35;

    // True success probability: sigmoid(bias + fitWeight * fit + clientWeight * (clientQuality - 0.6))
    static final double SUCCESS_BIAS = 0.9;
    static final double SUCCESS_FIT_WEIGHT = 0.9;
    static final double SUCCESS_CLIENT_WEIGHT = 1.6;

    // Learning
    static final double GUESS = 0.15;
    static final double SLIP = 0.08;
    static final double MASTERY_SLOPE = 7.0;

    // Query judging: grade thresholds on the true relevance score, and the judge's noise
    static final double[] GRADE_THRESHOLDS = {0.25, 0.5, 0.75};
    static final double JUDGE_NOISE_SIGMA = 0.07;
    static final int JUDGMENTS_KEPT_PER_QUERY = 300;
}
