package ai.talent.matching.train;

import ai.talent.domain.model.Project;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A project of a market's history: who applied, the simulator's true fit of each applicant (the oracle; never a
 * feature), who was hired (null: nobody) and when.
 */
public record PastProject(Project project, Instant postedAt, List<String> applicants, Map<String, Double> trueFit,
                          String hiredId, Instant awardedAt) {

    public PastProject {
        applicants = List.copyOf(applicants);
        trueFit = Map.copyOf(trueFit);
    }

    public boolean hired() {
        return hiredId != null;
    }
}
