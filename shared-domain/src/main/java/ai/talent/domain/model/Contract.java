package ai.talent.domain.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A hire: the freelancer a client awarded a project to, at the agreed rate (hourly or fixed, as the project). */
public record Contract(
        @JsonProperty("id") String id,
        @JsonProperty("projectId") String projectId,
        @JsonProperty("freelancerId") String freelancerId,
        @JsonProperty("clientId") String clientId,
        @JsonProperty("agreedRate") Money agreedRate,
        @JsonProperty("awardedAt") Instant awardedAt) {

    public Contract {
        Checks.id(id, "id");
        Checks.id(projectId, "projectId");
        Checks.id(freelancerId, "freelancerId");
        Checks.id(clientId, "clientId");
        Checks.present(agreedRate, "agreedRate");
        Checks.present(awardedAt, "awardedAt");
    }
}
