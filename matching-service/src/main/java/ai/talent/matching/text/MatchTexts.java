package ai.talent.matching.text;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Project;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.model.SkillRequirement;
import ai.talent.domain.skill.Skill;
import ai.talent.domain.skill.SkillTaxonomy;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The two towers' texts: a line of taxonomy skills by their English names, then a project's title and description or
 * a freelancer's headline and bio. The skill line gives the encoder something it can read in a Korean text (MiniLM's
 * vocabulary has no Hangul) and ties the free text to the structured skills. It comes first because fine-tuning
 * reads each text truncated to a few hundred word pieces at most (most texts are longer than 128): with the skills
 * last, training saw texts without them while serving (every chunk averaged) saw them, and fine-tuning lowered the
 * held-out recall instead of raising it.
 */
public final class MatchTexts {

    private final SkillTaxonomy taxonomy;

    public MatchTexts(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public static MatchTexts standard() {
        return new MatchTexts(SkillTaxonomy.standard());
    }

    public SkillTaxonomy taxonomy() {
        return taxonomy;
    }

    public String project(Project p) {
        return project(p.title(), p.description(), p.requiredSkills(), p.niceToHaveSkills());
    }

    /** A project's text from its parts (an ad-hoc request may have no title or description). */
    public String project(String title, String description, List<SkillRequirement> required,
                          List<SkillRequirement> niceToHave) {
        StringBuilder skills = new StringBuilder("Skills: ")
                .append(names(required.stream().map(SkillRequirement::skillId).toList()));
        if (!niceToHave.isEmpty()) {
            skills.append(". Nice to have: ").append(names(niceToHave.stream().map(SkillRequirement::skillId).toList()));
        }
        StringBuilder text = new StringBuilder().append(skills).append('\n');
        if (title != null && !title.isBlank()) {
            text.append(title.strip()).append('\n');
        }
        if (description != null && !description.isBlank()) {
            text.append(description.strip()).append('\n');
        }
        return text.toString().strip();
    }

    public String profile(Freelancer f) {
        String skills = "Skills: " + names(f.skills().stream().map(SkillLevel::skillId).toList());
        return skills + '\n' + f.headline().strip() + '\n' + f.bio().strip();
    }

    /** English names of taxonomy skills; an id the taxonomy does not know is shown as it is. */
    public String names(List<String> skillIds) {
        return skillIds.stream().map(id -> taxonomy.byId(id).map(Skill::nameEn).orElse(id))
                .collect(Collectors.joining(", "));
    }

    /** The English name of one skill (its id when unknown). */
    public String name(String skillId) {
        return taxonomy.byId(skillId).map(Skill::nameEn).orElse(skillId);
    }
}
