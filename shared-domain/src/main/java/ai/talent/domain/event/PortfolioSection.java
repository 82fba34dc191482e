package ai.talent.domain.event;

import ai.talent.domain.model.Checks;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One section of a generated portfolio and the contracts its text was drawn from. */
public record PortfolioSection(
        @JsonProperty("title") String title,
        @JsonProperty("text") String text,
        @JsonProperty("sourceContractIds") List<String> sourceContractIds) {

    public PortfolioSection {
        Checks.id(title, "title");
        Checks.text(text, "text");
        sourceContractIds = Checks.ids(sourceContractIds, "sourceContractIds");
    }
}
