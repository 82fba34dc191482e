package ai.talent.domain.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A practice exercise tagged with one or two skills; difficulty runs from 0 (easiest) to 1 (hardest). */
public record Exercise(
        @JsonProperty("id") String id,
        @JsonProperty("skillIds") List<String> skillIds,
        @JsonProperty("difficulty") double difficulty) {

    public Exercise {
        Checks.id(id, "id");
        skillIds = Checks.ids(skillIds, "skillIds");
        Checks.range(skillIds.size(), 1, 2, "skillIds.length");
        Checks.range(difficulty, 0.0, 1.0, "difficulty");
    }
}
