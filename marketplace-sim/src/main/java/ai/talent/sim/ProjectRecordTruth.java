package ai.talent.sim;

import java.util.List;

/** The truth line of a posted project: the project's hidden facts and every applicant with their true fit. */
public record ProjectRecordTruth(ProjectTruth project, List<Applicant> applicants) {
}
