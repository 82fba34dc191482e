package ai.talent.matching.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the baseline scorer weighs a candidate and how many candidates it recommends ({@code matching.*}). */
@ConfigMapping(prefix = "matching")
public interface MatchingConfig {

    /** Recommendations per project.posted event. */
    @WithDefault("10")
    int topK();

    /** Share of the score given to skill coverage; the rest goes to rate fit. */
    @WithDefault("0.7")
    double skillWeight();

    /** Weight of a nice-to-have skill relative to a required one (1.0) in coverage. */
    @WithDefault("0.5")
    double niceToHaveWeight();

    /** Working hours per week assumed when comparing an hourly rate with a fixed budget. */
    @WithDefault("40")
    int fixedBudgetHoursPerWeek();

    /** Version stamped on recommendations so the platform knows which ranker produced them. */
    @WithDefault("baseline-1")
    String modelVersion();
}
