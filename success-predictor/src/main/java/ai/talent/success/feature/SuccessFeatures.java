package ai.talent.success.feature;

import ai.talent.domain.model.BudgetType;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Language;
import ai.talent.domain.model.Project;
import ai.talent.domain.model.Region;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.model.SkillRequirement;
import ai.talent.domain.text.TextSignals;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Computes the feature vector of a {@link PredictionInput}: one pure function that training, evaluation and
 * serving all call, so the same input always gives the same vector.
 */
public final class SuccessFeatures {

    /** A required skill held above its level counts at most this much (more seniority is not more coverage). */
    static final double COVERAGE_CAP = 1.2;
    static final double SLACK_CLIP = 2.0;
    static final double FULL_WEEK_HOURS = 40.0;
    /** Rates this far above or below the budget per hour are read as a step, not only as a slope. */
    static final double RATE_FAR_ABOVE = 1.25;
    static final double RATE_FAR_BELOW = 0.6;
    /** A deadline leaving less than this many times the planned days is tight. */
    static final double TIGHT_DEADLINE = 1.2;

    private final FeatureSettings settings;
    private final TextSignals signals = TextSignals.standard();

    public SuccessFeatures(FeatureSettings settings) {
        this.settings = settings;
    }

    public FeatureSettings settings() {
        return settings;
    }

    /** The text the project's embedding is taken from. */
    public static String projectText(Project project) {
        return TextSignals.postText(project.title(), project.description());
    }

    /** The text the freelancer's embedding is taken from. */
    public static String profileText(Freelancer freelancer) {
        return TextSignals.profileText(freelancer);
    }

    /** The full vector, embedding both texts (the embedder caches them). */
    public FeatureVector vector(PredictionInput in, TextEmbedder embedder) {
        float[] p = embedder.embed(projectText(in.project()));
        float[] f = embedder.embed(profileText(in.freelancer()));
        return vector(in, p, f);
    }

    /** The full vector from embeddings computed elsewhere (a batch of many inputs). */
    public FeatureVector vector(PredictionInput in, float[] projectEmbedding, float[] profileEmbedding) {
        return new FeatureVector(tabular(in, projectEmbedding, profileEmbedding), projectEmbedding, profileEmbedding);
    }

    float[] tabular(PredictionInput in, float[] projectEmbedding, float[] profileEmbedding) {
        Project p = in.project();
        Freelancer f = in.freelancer();
        float[] x = new float[Feature.COUNT];

        double weighted = 0;
        double weight = 0;
        int missing = 0;
        double years = 0;
        int held = 0;
        for (SkillRequirement r : p.requiredSkills()) {
            SkillLevel s = skill(f, r.skillId());
            int level = s == null ? 0 : s.level();
            weighted += r.minLevel() * Math.min(COVERAGE_CAP, (double) level / r.minLevel());
            weight += r.minLevel();
            if (s == null) {
                missing++;
            } else {
                years += s.years();
                held++;
            }
        }
        set(x, Feature.SKILL_COVERAGE, weighted / weight);
        set(x, Feature.MISSING_REQUIRED, (double) missing / p.requiredSkills().size());
        set(x, Feature.NICE_COVERAGE, niceCoverage(p, f));
        set(x, Feature.SKILL_YEARS, Math.log1p(held == 0 ? 0 : years / held));

        double rateRatio = positive(f.hourlyRate().amount()) / hourlyBudget(p);
        set(x, Feature.RATE_OVER_BUDGET, Math.log(rateRatio));
        set(x, Feature.RATE_FAR_ABOVE, rateRatio > RATE_FAR_ABOVE ? 1 : 0);
        set(x, Feature.RATE_FAR_BELOW, rateRatio < RATE_FAR_BELOW ? 1 : 0);
        set(x, Feature.HOURLY_BUDGET, p.budgetType() == BudgetType.HOURLY ? 1 : 0);
        set(x, Feature.AGREED_OVER_BUDGET, in.agreedRate() == null ? 0
                : Math.log(positive(in.agreedRate().amount()) / positive(p.budget().amount())));

        set(x, Feature.EXPERIENCE, Math.log1p(f.completedProjects()));
        int ratings = f.ratingAverage() == 0 ? 0 : f.ratingCount();
        set(x, Feature.PROFILE_RATING, settings.smoothedRating(f.ratingAverage() * ratings, ratings));
        set(x, Feature.PROFILE_RATING_RELIABILITY, settings.ratingReliability(ratings));

        TrackRecord t = in.track();
        set(x, Feature.TRACK_FINISHED, Math.log1p(t.finished()));
        set(x, Feature.TRACK_SUCCESS_RATE, settings.smoothedRate(t.successes(), t.finished()));
        set(x, Feature.TRACK_RATING, settings.smoothedRating(t.ratingSum(), t.finished()));
        set(x, Feature.TRACK_RELIABILITY, settings.ratingReliability(t.finished()));
        set(x, Feature.SIMILAR_SUCCESSES, Math.log1p(t.similarSuccesses(StateUpdates.requiredSkillIds(p))));

        set(x, Feature.ACTIVE_CONTRACTS, in.workload().active());
        set(x, Feature.AVAILABILITY, f.availabilityHoursPerWeek() / FULL_WEEK_HOURS);

        set(x, Feature.DEADLINE_SLACK, deadlineSlack(in));
        set(x, Feature.DURATION, Math.log(p.durationWeeks()));

        ClientHistory c = in.client();
        set(x, Feature.CLIENT_POSTED, Math.log1p(c.projectsPosted()));
        set(x, Feature.CLIENT_FINISHED, Math.log1p(c.finished()));
        set(x, Feature.CLIENT_SUCCESS_RATE, settings.smoothedRate(c.successes(), c.finished()));
        set(x, Feature.CLIENT_RATING_GIVEN, settings.smoothedRating(c.ratingSum(), c.finished()));

        set(x, Feature.LANGUAGE_MATCH, speaksProjectLanguage(p, f) ? 1 : 0);
        set(x, Feature.REGION_MATCH, regionMatch(p, f));
        set(x, Feature.REMOTE_MISMATCH, !p.remote() && regionMatch(p, f) == 0 && !f.remoteOk() ? 1 : 0);
        set(x, Feature.TEXT_SIMILARITY, cosine(projectEmbedding, profileEmbedding));
        set(x, Feature.PROFILE_COMPLETION, Math.log((f.completedProjects() + 1.0) / (f.ratingCount() + 1.0)));
        textual(x, in);

        ClientHistory.PairRecord pair = c.pair(f.id());
        set(x, Feature.PAIR_SUCCESSES, Math.log1p(pair.successes()));
        set(x, Feature.PAIR_FAILURES, Math.log1p(pair.finished() - pair.successes()));
        return x;
    }

    /** The columns read from the texts: role, domain, seniority × complexity, craft, weekly hours. */
    private void textual(float[] x, PredictionInput in) {
        Project p = in.project();
        Freelancer f = in.freelancer();
        TextSignals.Post post = signals.post(p);
        TextSignals.Profile profile = signals.profile(f);
        set(x, Feature.ROLE_MATCH, TextSignals.overlap(post.roles(), profile.roles()));
        set(x, Feature.DOMAIN_MATCH, TextSignals.overlap(post.domains(), profile.domains()));
        int seniority = TextSignals.seniority(f, profile);
        int complexity = post.complexity() == TextSignals.UNKNOWN ? 1 : post.complexity();
        set(x, Feature.SENIORITY, seniority - 1);
        set(x, Feature.COMPLEXITY, complexity - 1);
        set(x, Feature.SENIORITY_X_COMPLEXITY, (seniority - 1) * (complexity - 1));
        set(x, Feature.SENIORITY_GAP, post.seniorityWanted() == TextSignals.UNKNOWN ? 0
                : Math.max(0, post.seniorityWanted() - seniority));
        set(x, Feature.CRAFT_STRONG, Math.log1p(profile.strongWork()));
        set(x, Feature.CRAFT_MODEST, Math.log1p(profile.modestWork()));
        if (post.hoursPerWeek() > 0) {
            double shortfall = Math.max(0, post.hoursPerWeek() - f.availabilityHoursPerWeek())
                    / (double) post.hoursPerWeek();
            set(x, Feature.HOURS_SHORTFALL, shortfall);
            set(x, Feature.SHORTFALL_TIGHT, deadlineRatio(in) < TIGHT_DEADLINE ? shortfall : 0);
        }
    }

    /**
     * The budget per hour: the budget itself when hourly, else spread over the weeks at the weekly hours the post
     * names (the assumed hours when it names none).
     */
    public double hourlyBudget(Project p) {
        double amount = positive(p.budget().amount());
        if (p.budgetType() == BudgetType.HOURLY) {
            return amount;
        }
        int stated = signals.post(p).hoursPerWeek();
        return amount / (p.durationWeeks() * (stated > 0 ? stated : settings.fixedHoursPerWeek()));
    }

    /** Days from the prediction to the deadline over the planned days; below 1 the plan does not fit. */
    public static double deadlineRatio(PredictionInput in) {
        double days = Duration.between(in.at(),
                in.project().deadline().atStartOfDay().toInstant(ZoneOffset.UTC)).toSeconds() / 86_400.0;
        return Math.max(days, 0.5) / (7.0 * in.project().durationWeeks());
    }

    private static double deadlineSlack(PredictionInput in) {
        return Math.max(-SLACK_CLIP, Math.min(SLACK_CLIP, Math.log(deadlineRatio(in))));
    }

    public static boolean speaksProjectLanguage(Project p, Freelancer f) {
        return p.language() == Language.EN ? f.spokenLanguages().contains("en") : f.spokenLanguages().contains("ko");
    }

    static double regionMatch(Project p, Freelancer f) {
        if (p.remote() || p.region() == f.region()) {
            return 1;
        }
        return p.region().capitalArea() && f.region().capitalArea() ? 0.5 : 0;
    }

    private static double niceCoverage(Project p, Freelancer f) {
        if (p.niceToHaveSkills().isEmpty()) {
            return 0;
        }
        double weighted = 0;
        double weight = 0;
        for (SkillRequirement r : p.niceToHaveSkills()) {
            SkillLevel s = skill(f, r.skillId());
            weighted += r.minLevel() * Math.min(COVERAGE_CAP, (s == null ? 0.0 : s.level()) / r.minLevel());
            weight += r.minLevel();
        }
        return weighted / weight;
    }

    static SkillLevel skill(Freelancer f, String skillId) {
        SkillLevel best = null;
        for (SkillLevel s : f.skills()) {
            if (s.skillId().equals(skillId) && (best == null || s.level() > best.level())) {
                best = s;
            }
        }
        return best;
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private static double positive(long amount) {
        return Math.max(1, amount);
    }

    private static void set(float[] x, Feature feature, double value) {
        x[feature.ordinal()] = (float) value;
    }
}
