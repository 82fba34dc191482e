package ai.talent.tutoring.demand;

import java.util.List;

/**
 * What one project seen on the {@code projects} topic asks for: its title (where roles are named) and the skills
 * it requires or would like. An entry of the global store {@value DemandCatalog#STORE}, keyed by project id, so an
 * updated project replaces its earlier demand instead of counting twice.
 */
public record ProjectDemand(String projectId, String title, List<String> requiredSkillIds,
                            List<String> niceToHaveSkillIds) {

    public ProjectDemand {
        requiredSkillIds = List.copyOf(requiredSkillIds);
        niceToHaveSkillIds = List.copyOf(niceToHaveSkillIds);
    }
}
