package ai.talent.search.rest;

import ai.talent.domain.model.Nullable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Hard filters of a structured search: taxonomy skill ids (all required), regions (any), spoken languages (all),
 * hourly rate bounds in KRW, minimum years, minimum weekly hours available, minimum rating, remote-friendly only.
 */
public record SearchFilters(
        @Size(max = 20) List<@NotNull String> skills,
        @Size(max = 16) List<@NotNull String> regions,
        @Size(max = 5) List<@NotNull String> languages,
        @Nullable @PositiveOrZero Long minRate,
        @Nullable @PositiveOrZero Long maxRate,
        @Nullable @DecimalMin("0") @DecimalMax("60") Double minYears,
        @Nullable @Min(0) @Max(80) Integer minAvailability,
        @Nullable @DecimalMin("0") @DecimalMax("5") Double minRating,
        @Nullable Boolean remote) {
}
