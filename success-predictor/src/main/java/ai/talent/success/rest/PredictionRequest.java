package ai.talent.success.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** Asks for a prediction for a received project done by a received freelancer at a proposed rate. */
public record PredictionRequest(@NotBlank String projectId, @NotBlank String freelancerId,
                                @NotNull @PositiveOrZero Long agreedRateKrw) {
}
