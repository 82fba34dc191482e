package ai.talent.domain.model;

import java.util.List;

/** Someone using the platform's learning pages, with the skills they want to learn. */
public record Learner(String id, String name, List<String> targetSkillIds) {

    public Learner {
        Checks.id(id, "id");
        Checks.id(name, "name");
        targetSkillIds = Checks.ids(targetSkillIds, "targetSkillIds");
    }
}
