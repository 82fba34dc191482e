package ai.talent.sim.harness;

import java.util.List;

/**
 * One test seed's applicant-ranking items (projects posted after the time cut that hired someone; projects
 * without a hire are left out, not scored 0) and its history before the cut.
 */
public record ApplicantTestSet(long seed, List<ApplicantItem> items, List<ApplicantExample> history) {

    public ApplicantTestSet {
        items = List.copyOf(items);
        history = List.copyOf(history);
    }
}
