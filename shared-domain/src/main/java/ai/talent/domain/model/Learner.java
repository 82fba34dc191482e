package ai.talent.domain.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Someone using the platform's learning pages, with the skills they want to learn. */
public record Learner(
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("targetSkillIds") List<String> targetSkillIds) {

    public Learner {
        Checks.id(id, "id");
        Checks.id(name, "name");
        targetSkillIds = Checks.ids(targetSkillIds, "targetSkillIds");
    }
}
