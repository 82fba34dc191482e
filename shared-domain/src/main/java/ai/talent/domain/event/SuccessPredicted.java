package ai.talent.domain.event;

import ai.talent.domain.model.Checks;
import ai.talent.domain.model.DomainValidationException;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * The predicted probability that a project succeeds with a freelancer, with an interval
 * [{@code lower}, {@code upper}], an uncertainty (ensemble spread) and the reasons behind it.
 */
public record SuccessPredicted(
        @JsonProperty("eventId") String eventId,
        @JsonProperty("occurredAt") Instant occurredAt,
        @JsonProperty("projectId") String projectId,
        @JsonProperty("freelancerId") String freelancerId,
        @JsonProperty("probability") double probability,
        @JsonProperty("lower") double lower,
        @JsonProperty("upper") double upper,
        @JsonProperty("uncertainty") double uncertainty,
        @JsonProperty("modelVersion") String modelVersion,
        @JsonProperty("reasons") List<FeatureContribution> reasons) implements DomainEvent {

    public SuccessPredicted {
        Checks.id(eventId, "eventId");
        Checks.present(occurredAt, "occurredAt");
        Checks.id(projectId, "projectId");
        Checks.id(freelancerId, "freelancerId");
        Checks.range(probability, 0.0, 1.0, "probability");
        Checks.range(lower, 0.0, 1.0, "lower");
        Checks.range(upper, 0.0, 1.0, "upper");
        if (lower > upper) {
            throw new DomainValidationException("lower", "must be ≤ upper (" + upper + "), was " + lower);
        }
        Checks.atLeast(uncertainty, 0.0, "uncertainty");
        Checks.id(modelVersion, "modelVersion");
        reasons = Checks.list(reasons, "reasons");
    }

    @Override
    public String key() {
        return projectId;
    }

    @Override
    public EventType type() {
        return EventType.SUCCESS_PREDICTED;
    }
}
