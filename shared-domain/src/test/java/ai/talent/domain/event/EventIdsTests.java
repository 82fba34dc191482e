package ai.talent.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventIdsTests {

    @Test
    void theSameInputGivesTheSameId() {
        String first = EventIds.derived("/talent-ai/matching", EventType.MATCH_RECOMMENDED, "in-1");
        assertThat(EventIds.derived("/talent-ai/matching", EventType.MATCH_RECOMMENDED, "in-1")).isEqualTo(first);
        assertThat(UUID.fromString(first).version()).isEqualTo(3);
    }

    @Test
    void anotherInputProducerOrOutputTypeGivesAnotherId() {
        String id = EventIds.derived("/talent-ai/tutoring", EventType.PORTFOLIO_GENERATED, "in-1");
        assertThat(EventIds.derived("/talent-ai/tutoring", EventType.PORTFOLIO_GENERATED, "in-2")).isNotEqualTo(id);
        assertThat(EventIds.derived("/talent-ai/other", EventType.PORTFOLIO_GENERATED, "in-1")).isNotEqualTo(id);
        assertThat(EventIds.derived("/talent-ai/tutoring", EventType.LEARNING_PATH_UPDATED, "in-1")).isNotEqualTo(id);
    }

    @Test
    void needsAProducerAndAnInputId() {
        assertThatThrownBy(() -> EventIds.derived(" ", EventType.MATCH_RECOMMENDED, "in-1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventIds.derived("/talent-ai/matching", EventType.MATCH_RECOMMENDED, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
