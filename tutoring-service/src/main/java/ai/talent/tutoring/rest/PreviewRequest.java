package ai.talent.tutoring.rest;

import ai.talent.tutoring.learning.PracticeAnswer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A sequence of answers, oldest first, to estimate mastery and plan from without recording anything. */
public record PreviewRequest(@NotEmpty @Size(max = 1000) List<@Valid @NotNull PracticeAnswer> answers) {
}
