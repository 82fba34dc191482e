package ai.talent.search.rank;

/**
 * The factors of {@link IntentFit}: how strongly each missed constraint lowers a profile's fit, and how skills
 * and track record count. Defaults are the search team's judgement, moved where {@code ./talent eval search}'s
 * coordinate search on its validation queries (three training markets) moved them: another category 0.85, budget
 * decay 6, a missing language 0.2, track record 0.1, no domain stated 0.9.
 *
 * <p>Role and domain are read from what the profile's headline and bio state. A role asked beside skills: a profile
 * stating another role of the role's category keeps {@code roleSameCategory}, of another category
 * {@code roleOtherCategory}; one stating no role is judged by its skills' category alone ({@code roleUnstated} when
 * that is the role's). A role asked alone is the whole relevance: the role stated 1, a profile of the role's category
 * {@code roleOnlySameCategory}, any other {@code roleOnlyOther}. A domain asked: stated 1, another stated
 * {@code missingDomain}, none stated {@code domainUnstated} (bios often describe the work, not the industry).
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
        double trackRecordWeight,
        double roleSameCategory,
        double roleOtherCategory,
        double roleUnstated,
        double roleOnlySameCategory,
        double roleOnlyOther,
        double missingDomain,
        double domainUnstated) {

    public static FitFactors defaults() {
        return new FitFactors(4.0, 3.0, 0.2, 0.85, 0.8, 0.65, 0.35, 0.45, 6.0, 0.75, 0.3, 0.7, 0.45, 0.2, 0.7, 0.1,
                0.7, 0.45, 0.8, 0.35, 0.05, 0.55, 0.9);
    }
}
