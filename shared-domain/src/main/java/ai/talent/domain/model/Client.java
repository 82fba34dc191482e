package ai.talent.domain.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A client (company or person posting projects) with its history on the platform. */
public record Client(
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("region") Region region,
        @JsonProperty("industry") String industry,
        @JsonProperty("projectsPosted") int projectsPosted,
        @JsonProperty("averageRatingGiven") double averageRatingGiven,
        @JsonProperty("paymentVerified") boolean paymentVerified) {

    public Client {
        Checks.id(id, "id");
        Checks.id(name, "name");
        Checks.present(region, "region");
        Checks.id(industry, "industry");
        Checks.atLeast(projectsPosted, 0, "projectsPosted");
        Checks.ratingAverage(averageRatingGiven, "averageRatingGiven");
    }
}
