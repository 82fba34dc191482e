package ai.talent.success.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The weights of the baseline logistic model ({@code success.*}). Every feature is scaled to −1..1 with 0
 * meaning "average or unknown", so each weight reads as the log-odds a feature adds at its best.
 */
@ConfigMapping(prefix = "success")
public interface SuccessConfig {

    @WithDefault("0.4")
    double intercept();

    /** Weight of the freelancer's average client rating. */
    @WithDefault("1.2")
    double ratingWeight();

    /** Weight of how well the freelancer's skill levels cover the project's required skills. */
    @WithDefault("1.5")
    double coverageWeight();

    /** Weight of how well the agreed rate fits the project's budget. */
    @WithDefault("0.8")
    double rateFitWeight();

    /** Weight of the freelancer's number of completed projects (log scale). */
    @WithDefault("0.5")
    double experienceWeight();

    /** Version stamped on predictions so the platform knows which model produced them. */
    @WithDefault("baseline-logistic-1")
    String modelVersion();
}
