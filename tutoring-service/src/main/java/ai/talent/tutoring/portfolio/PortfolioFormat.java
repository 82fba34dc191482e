package ai.talent.tutoring.portfolio;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a requested portfolio is delivered ({@code json}, {@code markdown} or {@code html} on the wire). */
public enum PortfolioFormat {
    @JsonProperty("json") JSON("application/json"),
    @JsonProperty("markdown") MARKDOWN("text/markdown; charset=UTF-8"),
    @JsonProperty("html") HTML("text/html; charset=UTF-8");

    private final String mediaType;

    PortfolioFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
