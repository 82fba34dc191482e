package ai.talent.domain.model;

import java.time.Instant;

/** A hire: the freelancer a client awarded a project to, at the agreed rate (hourly or fixed, as the project). */
public record Contract(
        String id,
        String projectId,
        String freelancerId,
        String clientId,
        Money agreedRate,
        Instant awardedAt) {

    public Contract {
        Checks.id(id, "id");
        Checks.id(projectId, "projectId");
        Checks.id(freelancerId, "freelancerId");
        Checks.id(clientId, "clientId");
        Checks.present(agreedRate, "agreedRate");
        Checks.present(awardedAt, "awardedAt");
    }
}
