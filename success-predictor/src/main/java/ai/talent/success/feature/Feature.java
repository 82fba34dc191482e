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
    TEXT_SIMILARITY("text_similarity", FeatureGroup.TEXT),
    /** +1 when the post and the profile name a common role (lexicon), −1 when both name roles but none in common. */
    ROLE_MATCH("role_match", FeatureGroup.ROLE_DOMAIN),
    /** +1 when the post's domain is among those the profile names, −1 when both name domains but none in common. */
    DOMAIN_MATCH("domain_match", FeatureGroup.ROLE_DOMAIN),
    /** The freelancer's seniority, −1 junior, 0 mid (or unknown), +1 senior: from the texts, else stated or skill years. */
    SENIORITY("seniority", FeatureGroup.SENIORITY),
    /** The project's complexity read from the post, −1 simple, 0 standard (or unknown), +1 complex. */
    COMPLEXITY("complexity", FeatureGroup.SENIORITY),
    /** seniority × complexity: a senior on complex work and a junior on simple work are both +1. */
    SENIORITY_X_COMPLEXITY("seniority_x_complexity", FeatureGroup.SENIORITY),
    /** Levels of seniority the post asks for above the freelancer's (0 when it asks for none). */
    SENIORITY_GAP("seniority_gap", FeatureGroup.SENIORITY),
    /** log(1 + past work the profile describes as led, measured or recognised). */
    CRAFT_STRONG("craft_strong", FeatureGroup.CRAFT),
    /** log(1 + past work the profile describes as helping out). */
    CRAFT_MODEST("craft_modest", FeatureGroup.CRAFT),
    /** Share of the post's weekly hours the freelancer's availability does not cover (0 when the post names none). */
    HOURS_SHORTFALL("hours_shortfall", FeatureGroup.WORKLOAD),
    /** The shortfall when the deadline leaves less than 1.2 × the planned days: missing hours hurt most then. */
    SHORTFALL_TIGHT("hours_shortfall_tight_deadline", FeatureGroup.WORKLOAD),
    /** 1 when the hourly rate is more than 1.25 × the budget per hour. */
    RATE_FAR_ABOVE("rate_far_above_budget", FeatureGroup.RATE),
    /** 1 when the hourly rate is under 0.6 × the budget per hour. */
    RATE_FAR_BELOW("rate_far_below_budget", FeatureGroup.RATE),
    /** log(1 + contracts this freelancer finished for this client and that succeeded). */
    PAIR_SUCCESSES("pair_successes", FeatureGroup.PAIR),
    /** log(1 + contracts this freelancer finished for this client and that did not succeed). */
    PAIR_FAILURES("pair_failures", FeatureGroup.PAIR),
    /** log((completed + 1) / (ratings + 1)) of the profile: cancelled and disputed work is rated but not completed. */
    PROFILE_COMPLETION("profile_completion", FeatureGroup.RATING);

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
