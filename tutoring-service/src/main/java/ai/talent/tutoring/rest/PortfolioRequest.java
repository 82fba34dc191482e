package ai.talent.tutoring.rest;

import ai.talent.tutoring.portfolio.PortfolioFormat;
import ai.talent.tutoring.portfolio.PortfolioLanguage;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /v1/portfolios}: whose portfolio, in which language and format, and optionally for which role (the
 * case studies are then chosen for their relevance to it).
 */
public record PortfolioRequest(
        @JsonProperty("freelancerId") @NotBlank @Size(max = MAX_ID_CHARS) String freelancerId,
        @JsonProperty("language") @NotNull PortfolioLanguage language,
        @JsonProperty("format") @NotNull PortfolioFormat format,
        @JsonProperty("targetRole") @Size(max = MAX_ROLE_CHARS) String targetRole) {

    public static final int MAX_ID_CHARS = 128;
    public static final int MAX_ROLE_CHARS = 200;
}
