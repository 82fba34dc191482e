package ai.talent.sim;

/**
 * A freelancer who applied to a project, with the true fit, whether they were hired, and the fit without its hidden
 * terms (the compatibility felt in the interview and the per-pair noise, {@link FitBreakdown}): what the stated
 * facts, on true skill levels, decide; {@code profileFit} is the same on the skill levels the profile declares.
 */
public record Applicant(String freelancerId, double fit, boolean hired, double statedFit, double profileFit) {
}
