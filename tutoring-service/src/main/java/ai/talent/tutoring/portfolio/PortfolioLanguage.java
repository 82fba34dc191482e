package ai.talent.tutoring.portfolio;

import ai.talent.domain.model.Language;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The language a requested portfolio is written in ({@code ko} or {@code en} on the wire). */
public enum PortfolioLanguage {
    @JsonProperty("ko") KO,
    @JsonProperty("en") EN;

    /** The event contract's language. */
    public Language language() {
        return this == KO ? Language.KO : Language.EN;
    }

    /** The wire name, also the HTML {@code lang}. */
    public String code() {
        return this == KO ? "ko" : "en";
    }
}
