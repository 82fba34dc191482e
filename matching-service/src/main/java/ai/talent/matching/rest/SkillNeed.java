package ai.talent.matching.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/** A skill (taxonomy id) a request asks for, with the minimum level 1–5. */
public record SkillNeed(@NotBlank String skillId, @Min(1) @Max(5) int minLevel) {
}
