package ai.talent.tutoring.portfolio;

import ai.talent.domain.model.Project;
import ai.talent.domain.model.SkillRequirement;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a portfolio says about a project a freelancer worked on: its title, the start of its description and the
 * skills it asked for. Kept in the global store {@value #STORE} (every replica whole, from the projects topic), so
 * whichever replica owns a freelancer can describe every project of their work history.
 */
public record ProjectBrief(String id, String title, String description, List<String> skillIds) {

    /** The global store's name: project id → brief. */
    public static final String STORE = "portfolio-projects";
    /** A brief keeps this much of the description: enough for an embedding (128 word pieces) and an excerpt. */
    static final int DESCRIPTION_CHARS = 600;

    public ProjectBrief {
        skillIds = skillIds == null ? List.of() : List.copyOf(skillIds);
    }

    public static ProjectBrief of(Project project) {
        String description = project.description().length() <= DESCRIPTION_CHARS ? project.description()
                : project.description().substring(0, DESCRIPTION_CHARS);
        List<String> skills = Stream.concat(project.requiredSkills().stream(), project.niceToHaveSkills().stream())
                .map(SkillRequirement::skillId).distinct().toList();
        return new ProjectBrief(project.id(), project.title(), description, skills);
    }
}
