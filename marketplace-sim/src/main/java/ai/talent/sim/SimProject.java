package ai.talent.sim;

import ai.talent.domain.model.Project;
import java.time.Instant;

/** A simulated project: the public posting, when it was posted, the hidden truth behind it, and its client. */
public record SimProject(long index, Project project, Instant postedAt, ProjectTruth truth, SimClient client) {
}
