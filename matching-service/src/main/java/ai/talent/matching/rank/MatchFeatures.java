package ai.talent.matching.rank;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Language;
import ai.talent.domain.model.Region;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.model.SkillRequirement;
import ai.talent.domain.text.TextSignals;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The feature vector of a (project, freelancer) pair, in {@link MatchFeature} order. One function for training,
 * evaluation and serving, so the ranker sees the same columns everywhere.
 */
public final class MatchFeatures {

    static final double PRIOR_RATING = 4.0;
    static final double PRIOR_RATINGS = 5.0;
    static final double PRIOR_SUCCESS = 0.7;
    static final double PRIOR_CONTRACTS = 4.0;
    /** Rates this far above or below the hourly budget are what clients react to, beside the smooth ratio. */
    static final double RATE_FAR_ABOVE = 1.25;
    static final double RATE_FAR_BELOW = 0.6;
    /** A remote worker placed outside an on-site project's area is less of a problem than one who is not. */
    static final float PLACE_FAR_REMOTE = 0.4f;

    private final Budgets budgets;
    private final TextSignals signals = TextSignals.standard();

    public MatchFeatures(Budgets budgets) {
        this.budgets = budgets;
    }

    public Budgets budgets() {
        return budgets;
    }

    public float[] of(MatchQuery q, Freelancer f, double similarity, FreelancerActivity activity,
                      OptionalDouble predictedSuccess) {
        return of(q, null, f, null, similarity, activity, predictedSuccess);
    }

    /**
     * The same vector, with the post's and the profile's text signals as an index stored them ({@code TextSignals}
     * encoded; either null, or read with other phrase lists: read from the texts), so ranking a hundred retrieved
     * candidates does not read their texts again.
     */
    public float[] of(MatchQuery q, String postSignals, Freelancer f, String profileSignals, double similarity,
                      FreelancerActivity activity, OptionalDouble predictedSuccess) {
        float[] x = new float[MatchFeature.count()];
        Map<String, SkillLevel> held = held(f);
        double coverage = 0;
        int heldCount = 0;
        double years = 0;
        double surplus = 0;
        for (SkillRequirement r : q.required()) {
            SkillLevel s = held.get(r.skillId());
            if (s != null) {
                coverage += Math.min(1.0, (double) s.level() / r.minLevel());
                heldCount++;
                years += s.years();
                surplus += Math.max(0, s.level() - r.minLevel()) / 4.0;
            }
        }
        int required = Math.max(1, q.required().size());
        double nice = 0;
        for (SkillRequirement r : q.niceToHave()) {
            SkillLevel s = held.get(r.skillId());
            nice += s == null ? 0 : Math.min(1.0, (double) s.level() / r.minLevel());
        }
        double hourlyBudget = Math.max(1.0, budgets.hourly(q));
        double rate = Math.max(1.0, f.hourlyRate().amount());
        double rateRatio = Math.max(-2, Math.min(2, Math.log(rate / hourlyBudget)));
        int n = f.ratingCount();
        double rating = n == 0 ? PRIOR_RATING : (f.ratingAverage() * n + PRIOR_RATING * PRIOR_RATINGS) / (n + PRIOR_RATINGS);
        double success = (activity.successful() + PRIOR_SUCCESS * PRIOR_CONTRACTS) / (activity.completed() + PRIOR_CONTRACTS);

        x[MatchFeature.TEXT_SIMILARITY.ordinal()] = (float) similarity;
        x[MatchFeature.SKILL_COVERAGE.ordinal()] = (float) (coverage / required);
        x[MatchFeature.REQUIRED_HELD.ordinal()] = (float) heldCount / required;
        x[MatchFeature.NICE_TO_HAVE.ordinal()] = q.niceToHave().isEmpty() ? 0f : (float) (nice / q.niceToHave().size());
        x[MatchFeature.SKILL_YEARS.ordinal()] = heldCount == 0 ? 0f : (float) Math.log1p(years / heldCount);
        x[MatchFeature.LEVEL_SURPLUS.ordinal()] = heldCount == 0 ? 0f : (float) (surplus / heldCount);
        x[MatchFeature.RATE_RATIO.ordinal()] = (float) rateRatio;
        x[MatchFeature.RATE_OVER_BUDGET.ordinal()] = (float) Math.max(0, rateRatio);
        x[MatchFeature.RATE_FAR_ABOVE.ordinal()] = rate > RATE_FAR_ABOVE * hourlyBudget ? 1f : 0f;
        x[MatchFeature.RATE_FAR_BELOW.ordinal()] = rate < RATE_FAR_BELOW * hourlyBudget ? 1f : 0f;
        x[MatchFeature.RATING.ordinal()] = (float) (rating - PRIOR_RATING);
        x[MatchFeature.RATING_RELIABILITY.ordinal()] = (float) (n / (n + PRIOR_RATINGS));
        x[MatchFeature.EXPERIENCE.ordinal()] = (float) Math.log1p(f.completedProjects());
        x[MatchFeature.PLATFORM_SUCCESS.ordinal()] = (float) (success - PRIOR_SUCCESS);
        x[MatchFeature.AVAILABILITY.ordinal()] = f.availabilityHoursPerWeek() / 40f;
        x[MatchFeature.ACTIVE_CONTRACTS.ordinal()] = (float) Math.log1p(activity.active());
        x[MatchFeature.REGION_FIT.ordinal()] = regionFit(q, f);
        x[MatchFeature.PLACE_FAR.ordinal()] = placeFar(q, f);
        x[MatchFeature.LANGUAGE_FIT.ordinal()] = languageFit(q.language(), f.spokenLanguages());
        textual(x, signals.post(q.title(), q.description(), postSignals), signals.profile(f, profileSignals), f);
        if (predictedSuccess.isPresent()) {
            x[MatchFeature.PREDICTED_SUCCESS.ordinal()] = (float) (predictedSuccess.getAsDouble() - 0.5);
            x[MatchFeature.SUCCESS_KNOWN.ordinal()] = 1f;
        }
        return x;
    }

    /** The columns read from the words of the post and the profile: role, domain, seniority, craft, weekly hours. */
    private static void textual(float[] x, TextSignals.Post post, TextSignals.Profile profile, Freelancer f) {
        x[MatchFeature.ROLE_MATCH.ordinal()] = (float) TextSignals.overlap(post.roles(), profile.roles());
        x[MatchFeature.DOMAIN_MATCH.ordinal()] = (float) TextSignals.overlap(post.domains(), profile.domains());
        int seniority = TextSignals.seniority(f, profile);
        int complexity = post.complexity() == TextSignals.UNKNOWN ? 1 : post.complexity();
        x[MatchFeature.SENIORITY.ordinal()] = seniority - 1;
        x[MatchFeature.COMPLEXITY.ordinal()] = complexity - 1;
        x[MatchFeature.SENIORITY_X_COMPLEXITY.ordinal()] = (seniority - 1) * (complexity - 1);
        x[MatchFeature.SENIORITY_GAP.ordinal()] = post.seniorityWanted() == TextSignals.UNKNOWN ? 0
                : Math.max(0, post.seniorityWanted() - seniority);
        x[MatchFeature.CRAFT_STRONG.ordinal()] = (float) Math.log1p(profile.strongWork());
        x[MatchFeature.CRAFT_MODEST.ordinal()] = (float) Math.log1p(profile.modestWork());
        if (post.hoursPerWeek() > 0) {
            x[MatchFeature.HOURS_SHORTFALL.ordinal()] = Math.max(0, post.hoursPerWeek() - f.availabilityHoursPerWeek())
                    / (float) post.hoursPerWeek();
        }
    }

    /** The freelancer's skills by id (the highest level when one is listed twice). */
    public static Map<String, SkillLevel> held(Freelancer f) {
        Map<String, SkillLevel> held = new HashMap<>();
        for (SkillLevel s : f.skills()) {
            held.merge(s.skillId(), s, (a, b) -> a.level() >= b.level() ? a : b);
        }
        return held;
    }

    private static float regionFit(MatchQuery q, Freelancer f) {
        if (q.region() == null) {
            return 1f;
        }
        if (q.remote()) {
            return f.remoteOk() || f.region() == q.region() ? 1f : 0.5f;
        }
        return f.region() == q.region() || (q.region() == Region.REMOTE && f.remoteOk()) ? 1f : 0f;
    }

    private static float placeFar(MatchQuery q, Freelancer f) {
        if (q.region() == null || q.remote() || q.region() == Region.REMOTE || f.region() == q.region()
                || (f.region().capitalArea() && q.region().capitalArea())) {
            return 0f;
        }
        return f.remoteOk() ? PLACE_FAR_REMOTE : 1f;
    }

    private static float languageFit(Language language, List<String> spoken) {
        if (language == null) {
            return 1f;
        }
        return switch (language) {
            case KO -> spoken.contains("ko") ? 1f : 0f;
            case EN -> spoken.contains("en") ? 1f : 0f;
            default -> spoken.contains("ko") || spoken.contains("en") ? 1f : 0f;
        };
    }
}
