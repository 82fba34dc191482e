package ai.talent.matching.rank;

/**
 * The ranker's input columns, in order, with the group an explanation reports them under. Every value is 0 for an
 * average or unknown case where that makes sense, so attributions read as "compared with an average candidate".
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
    RATING("track record", "profile rating smoothed toward 4.0 (worth 5 ratings), minus 4"),
    RATING_RELIABILITY("track record", "ratings n / (n + 5)"),
    EXPERIENCE("track record", "log(1 + completed projects on the profile)"),
    PLATFORM_SUCCESS("track record", "share of successful platform contracts, smoothed toward 0.7 (worth 4), minus 0.7"),
    AVAILABILITY("workload", "hours per week offered / 40"),
    ACTIVE_CONTRACTS("workload", "log(1 + contracts in progress)"),
    REGION_FIT("place", "1 same region or remote work possible on a remote project, 0 otherwise"),
    LANGUAGE_FIT("language", "1 when the freelancer speaks the project's language"),
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
