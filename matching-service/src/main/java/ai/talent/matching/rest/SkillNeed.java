package ai.talent.matching.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A skill (taxonomy id) a request asks for, with the minimum level 1–5. */
public record SkillNeed(@NotBlank @Size(max = 100) String skillId, @Min(1) @Max(5) int minLevel) {
}
