package ai.talent.sim;

/** A freelancer who applied to a project, with the true fit and whether they were hired. */
public record Applicant(String freelancerId, double fit, boolean hired) {
}
