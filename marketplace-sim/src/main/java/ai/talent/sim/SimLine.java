package ai.talent.sim;

import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.model.Nullable;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One line of a simulator file: either an event (decoded and validated) or a named record (as JSON, to be
 * decoded with {@code EventCodec.decodeValueTree}), plus the hidden truth as JSON when the line has one.
 */
public record SimLine(@Nullable DomainEvent event, @Nullable String recordName, @Nullable JsonNode record,
                      @Nullable JsonNode truth) {

    /** Decodes the truth into one of the simulator's truth records (e.g. {@link ContractTruth}). */
    public <T extends Record> T truthAs(Class<T> type) {
        if (truth == null) {
            throw new IllegalStateException("this line has no truth");
        }
        return new ai.talent.domain.event.EventCodec().decodeValueTree(truth, type);
    }
}
