package ai.talent.sim;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.event.ProjectClosed;
import java.util.List;

/**
 * What happened to one project: who applied (with their true fit), the contract if someone was hired, its
 * outcome and truth, and the event that closed the project. {@code awarded}, {@code completed} and
 * {@code truth} are null and {@code hiredIndex} is -1 when nobody was hired.
 */
public record HiringResult(
        List<Applicant> applicants,
        ProjectClosed closed,
        ContractAwarded awarded,
        ContractCompleted completed,
        ContractTruth truth,
        long hiredIndex) {

    public boolean hired() {
        return awarded != null;
    }
}
