package ai.talent.matching.rank;

/**
 * The ranker's input columns, in order, with the group an explanation reports them under. Every value is 0 for an
 * average or unknown case where that makes sense, so attributions read as "compared with an average candidate".
 * The role, domain, seniority, complexity, craft and weekly-hours columns are read from the post's and the profile's
 * words with shared-domain's {@code TextSignals} (the recruiter lexicon and the work-signal phrases), as the success
 * predictor reads them.
 */
public enum MatchFeature {
    TEXT_SIMILARITY("text", "cosine similarity of the project's and the profile's tower vectors"),
    SKILL_COVERAGE("skills", "required skills covered, each by declared level over the minimum (capped at 1)"),
    REQUIRED_HELD("skills", "share of required skills held at any level"),
    NICE_TO_HAVE("skills", "nice-to-have skills covered by level"),
    SKILL_YEARS("skills", "log(1 + mean years on the required skills held)"),
    LEVEL_SURPLUS("skills", "mean declared level above the minimum on required skills held, over 4"),
    RATE_RATIO("rate", "log(hourly rate / hourly budget), clipped to ±2"),
    RATE_OVER_BUDGET("rate", "how far the rate is above budget: max(0, rate ratio)"),
    RATE_FAR_ABOVE("rate", "1 when the rate is over 1.25 times the hourly budget"),
    RATE_FAR_BELOW("rate", "1 when the rate is under 0.6 times the hourly budget"),
    RATING("track record", "profile rating smoothed toward 4.0 (worth 5 ratings), minus 4"),
    RATING_RELIABILITY("track record", "ratings n / (n + 5)"),
    EXPERIENCE("track record", "log(1 + completed projects on the profile)"),
    PLATFORM_SUCCESS("track record", "share of successful platform contracts, smoothed toward 0.7 (worth 4), minus 0.7"),
    AVAILABILITY("workload", "hours per week offered / 40"),
    ACTIVE_CONTRACTS("workload", "log(1 + contracts in progress)"),
    HOURS_SHORTFALL("workload", "share of the weekly hours the post names that the freelancer's availability misses"),
    REGION_FIT("place", "1 same region or remote work possible on a remote project, 0 otherwise"),
    PLACE_FAR("place", "on-site project outside the freelancer's region and capital area: 1, or 0.4 when they work remotely"),
    LANGUAGE_FIT("language", "1 when the freelancer speaks the project's language"),
    ROLE_MATCH("role and domain", "roles the post and the profile name: +1 one in common, -1 none in common, 0 unknown"),
    DOMAIN_MATCH("role and domain", "business domains the post and the profile name: +1 / -1 / 0 as roles"),
    SENIORITY("seniority", "the freelancer's seniority from the profile text (else stated or skill years), 0-2, minus 1"),
    COMPLEXITY("seniority", "the project's complexity the post describes, 0-2, minus 1 (0 when unstated)"),
    SENIORITY_X_COMPLEXITY("seniority", "seniority times complexity: +1 a senior on complex or a junior on simple work"),
    SENIORITY_GAP("seniority", "levels of seniority the post asks for above the freelancer's"),
    CRAFT_STRONG("craft", "log(1 + past work the profile describes as led, measured or recognised)"),
    CRAFT_MODEST("craft", "log(1 + past work the profile describes as helping out)"),
    PREDICTED_SUCCESS("success", "success predictor's probability minus 0.5 (0 when none is known)"),
    SUCCESS_KNOWN("success", "1 when a success prediction is known");

    private final String group;
    private final String meaning;

    MatchFeature(String group, String meaning) {
        this.group = group;
        this.meaning = meaning;
    }

    public String group() {
        return group;
    }

    public String meaning() {
        return meaning;
    }

    public static int count() {
        return values().length;
    }

    /** Column names in order (stored with a trained ranker, checked when it is loaded). */
    public static java.util.List<String> names() {
        return java.util.Arrays.stream(values()).map(Enum::name).toList();
    }
}
