package ai.talent.sim.harness;

import ai.talent.domain.model.Client;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Project;
import java.time.Instant;
import java.util.List;

/**
 * A project whose applicants are to be ranked, as the platform knows it when it is posted: the project, its
 * client, and the applicants' profiles as they stood then. {@code id} is unique across seeds.
 */
public record ApplicantItem(String id, Instant at, Project project, Client client, List<Freelancer> applicants) {

    public ApplicantItem {
        applicants = List.copyOf(applicants);
    }
}
