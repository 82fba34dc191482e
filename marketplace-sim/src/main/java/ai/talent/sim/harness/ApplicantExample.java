package ai.talent.sim.harness;

/** A project with the applicant who was hired. */
public record ApplicantExample(ApplicantItem item, String hiredFreelancerId) {
}
