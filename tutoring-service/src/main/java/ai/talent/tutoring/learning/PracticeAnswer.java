package ai.talent.tutoring.learning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** One answer in a learning-path preview request: the exercise, the one or two skills it trains, right or wrong. */
public record PracticeAnswer(@NotBlank String exerciseId, @NotEmpty @Size(max = 2) List<@NotBlank String> skillIds,
                             @NotNull Boolean correct) {
}
