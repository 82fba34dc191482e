package ai.talent.search.rank;

/**
 * The factors of {@link IntentFit}: how strongly each missed constraint lowers a profile's fit, and how skills
 * and track record count. Defaults are the search team's judgement; {@code ./talent eval search} tunes the
 * fusion weights around them on a validation split.
 */
public record FitFactors(
        double skillLevelSaturation,
        double skillYearsSaturation,
        double skillYearsWeight,
        double otherCategory,
        double nearRegion,
        double remoteElsewhere,
        double otherRegion,
        double notRemote,
        double overBudgetDecay,
        double underMinRate,
        double yearsFloor,
        double seniorityOneOff,
        double seniorityTwoOff,
        double missingLanguage,
        double lowAvailability,
        double trackRecordWeight) {

    public static FitFactors defaults() {
        return new FitFactors(4.0, 3.0, 0.2, 0.85, 0.8, 0.65, 0.35, 0.45, 3.0, 0.75, 0.3, 0.7, 0.45, 0.35, 0.7, 0.3);
    }
}
