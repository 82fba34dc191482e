package ai.talent.success.feature;

/**
 * The tabular features of a (project, freelancer, client) triple, in vector order (the ordinal is the column).
 * {@link SuccessFeatures} computes them; the text-embedding columns follow them in the model's input.
 */
public enum Feature {
    /** Level-weighted share of the required skills held (declared levels, each capped at 1.2× the level). */
    SKILL_COVERAGE("skill_coverage", FeatureGroup.SKILLS),
    /** Share of the required skills not held at all. */
    MISSING_REQUIRED("missing_required_skills", FeatureGroup.SKILLS),
    /** Coverage of the nice-to-have skills (0 when the project names none). */
    NICE_COVERAGE("nice_to_have_coverage", FeatureGroup.SKILLS),
    /** log(1 + mean years of use of the required skills held). */
    SKILL_YEARS("skill_years", FeatureGroup.SKILLS),
    /** log(freelancer's hourly rate / the budget per hour); a fixed budget is spread over weeks × hours. */
    RATE_OVER_BUDGET("rate_over_budget", FeatureGroup.RATE),
    /** 1 for an hourly budget, 0 for a fixed one: lets the model read the rate ratio per budget type. */
    HOURLY_BUDGET("hourly_budget", FeatureGroup.RATE),
    /** log(agreed rate / budget) in the project's own unit; 0 when no rate is agreed yet. */
    AGREED_OVER_BUDGET("agreed_over_budget", FeatureGroup.RATE),
    /** log(1 + completed projects on the profile). */
    EXPERIENCE("experience", FeatureGroup.EXPERIENCE),
    /** The profile's rating average smoothed toward the prior by its rating count. */
    PROFILE_RATING("profile_rating", FeatureGroup.RATING),
    /** n / (n + prior weight) of the profile's rating count. */
    PROFILE_RATING_RELIABILITY("profile_rating_reliability", FeatureGroup.RATING),
    /** log(1 + contracts finished on the platform). */
    TRACK_FINISHED("track_finished", FeatureGroup.TRACK_RECORD),
    /** Smoothed share of those contracts that succeeded. */
    TRACK_SUCCESS_RATE("track_success_rate", FeatureGroup.TRACK_RECORD),
    /** Smoothed mean client rating of those contracts. */
    TRACK_RATING("track_rating", FeatureGroup.TRACK_RECORD),
    /** n / (n + prior weight) of those contracts. */
    TRACK_RELIABILITY("track_reliability", FeatureGroup.TRACK_RECORD),
    /** log(1 + successful contracts that asked for one of this project's required skills). */
    SIMILAR_SUCCESSES("similar_successes", FeatureGroup.SIMILAR_WORK),
    /** Contracts in progress besides this one. */
    ACTIVE_CONTRACTS("active_contracts", FeatureGroup.WORKLOAD),
    /** Hours a week the freelancer offers, / 40. */
    AVAILABILITY("availability", FeatureGroup.WORKLOAD),
    /** log(days to the deadline / the planned duration in days), clipped to [−2, 2]. */
    DEADLINE_SLACK("deadline_slack", FeatureGroup.DEADLINE),
    /** log(planned weeks). */
    DURATION("duration", FeatureGroup.DEADLINE),
    /** log(1 + projects the client posted). */
    CLIENT_POSTED("client_projects_posted", FeatureGroup.CLIENT),
    /** log(1 + the client's finished contracts). */
    CLIENT_FINISHED("client_finished", FeatureGroup.CLIENT),
    /** Smoothed success rate of the client's finished contracts. */
    CLIENT_SUCCESS_RATE("client_success_rate", FeatureGroup.CLIENT),
    /** Smoothed mean rating the client gave. */
    CLIENT_RATING_GIVEN("client_rating_given", FeatureGroup.CLIENT),
    /** 1 when the freelancer speaks the language the project is written for (Korean for KO/MIXED). */
    LANGUAGE_MATCH("language_match", FeatureGroup.LANGUAGE),
    /** 1 remote project or same region, 0.5 both in the capital area, 0 otherwise. */
    REGION_MATCH("region_match", FeatureGroup.REGION),
    /** 1 when the project is on site elsewhere and the freelancer does not work remotely. */
    REMOTE_MISMATCH("remote_mismatch", FeatureGroup.REGION),
    /** Cosine similarity of the project's and the profile's text embeddings. */
    TEXT_SIMILARITY("text_similarity", FeatureGroup.TEXT);

    private final String wireName;
    private final FeatureGroup group;

    Feature(String wireName, FeatureGroup group) {
        this.wireName = wireName;
        this.group = group;
    }

    public String wireName() {
        return wireName;
    }

    public FeatureGroup group() {
        return group;
    }

    public static final int COUNT = values().length;
}
