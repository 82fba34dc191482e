package ai.talent.search.rest;

import ai.talent.domain.model.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of {@code POST /v1/search}: the same search as the GET form, filters as a structure. */
public record StructuredSearch(
        @Nullable @Size(max = 500) String q,
        @Nullable @Valid SearchFilters filters,
        @Nullable @Min(1) @Max(1000) Integer page,
        @Nullable @Min(1) @Max(100) Integer size,
        @Nullable String sort,
        @Nullable @Size(max = 16) List<@NotNull String> facets) {
}
