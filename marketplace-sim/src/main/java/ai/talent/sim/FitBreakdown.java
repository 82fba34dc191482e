package ai.talent.sim;

/**
 * The latent fit of a freelancer for a project, term by term (log-odds scale, higher is better). The total
 * drives who is hired and how likely the contract is to succeed; models never see it.
 */
public record FitBreakdown(
        double skillCoverage,
        double rate,
        double experience,
        double workload,
        double language,
        double region,
        double clientQuality,
        double reliability,
        double noise,
        double total) {
}
