package ai.talent.sim;

/**
 * The latent fit of a freelancer for a project, term by term (log-odds scale, higher is better). The total
 * drives who is hired; without the interview noise and the compatibility felt in it, it drives success too.
 * Models never see it. {@code declaredSkillCoverage} is the skill term on the declared levels, not part of the total.
 */
public record FitBreakdown(
        double skillCoverage,
        double rate,
        double experience,
        double workload,
        double language,
        double region,
        double role,
        double domain,
        double craft,
        double seniority,
        double compatibility,
        double noise,
        double total,
        double declaredSkillCoverage) {

    /** The part of the fit that the work itself depends on: everything but the interview's impressions. */
    public double substance() {
        return total - noise - compatibility;
    }

    /** {@link #substance()} with the skill coverage on the levels the profile declares instead of the true ones. */
    public double declaredSubstance() {
        return substance() - skillCoverage + declaredSkillCoverage;
    }
}
