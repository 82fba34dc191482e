package ai.talent.service.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProcessedEventIdsTests {

    @Test
    void remembersAnIdOnce() {
        var ids = new ProcessedEventIds(10);
        assertThat(ids.add("a")).isTrue();
        assertThat(ids.add("a")).isFalse();
        assertThat(ids.contains("a")).isTrue();
        assertThat(ids.contains("b")).isFalse();
    }

    @Test
    void forgetsTheOldestIdsBeyondCapacity() {
        var ids = new ProcessedEventIds(3);
        for (String id : new String[] {"a", "b", "c", "d"}) {
            ids.add(id);
        }
        assertThat(ids.size()).isEqualTo(3);
        assertThat(ids.contains("a")).isFalse();
        assertThat(ids.contains("d")).isTrue();
    }

    @Test
    void rejectsAnEmptyCapacity() {
        assertThatThrownBy(() -> new ProcessedEventIds(0)).hasMessageContaining("at least 1");
    }
}
