package ai.talent.matching.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExposureCapTests {

    @Test
    void aFreelancerAppearsInAtMostTheCappedShareOfTheWindow() {
        ExposureCap cap = new ExposureCap(0.1, 50);
        assertThat(cap.maxAppearances()).isEqualTo(5);
        int shown = 0;
        for (int list = 0; list < 50; list++) {
            if (cap.allows("star")) {
                cap.record(List.of("star", "other-" + list));
                shown++;
            } else {
                cap.record(List.of("other-" + list));
            }
        }
        assertThat(shown).isEqualTo(5);
        assertThat(cap.allows("star")).isFalse();
        assertThat(cap.allows("newcomer")).isTrue();
    }

    @Test
    void oldListsLeaveTheWindowAndFreeTheirPlaces() {
        ExposureCap cap = new ExposureCap(0.5, 4);
        cap.record(List.of("a"));
        cap.record(List.of("a"));
        assertThat(cap.allows("a")).isFalse();
        cap.record(List.of("b"));
        cap.record(List.of("b"));
        cap.record(List.of("c"));
        assertThat(cap.appearances("a")).isEqualTo(1);
        assertThat(cap.allows("a")).isTrue();
    }

    @Test
    void aListRecordedAgainUnderItsIdCountsOnce() {
        ExposureCap cap = new ExposureCap(0.5, 4);
        cap.record("p-1", List.of("a", "b"));
        cap.record("p-1", List.of("a", "b"));
        cap.record("p-1", List.of("a", "c"));
        assertThat(cap.appearances("a")).isEqualTo(1);
        assertThat(cap.appearances("b")).isZero();
        assertThat(cap.appearances("c")).isEqualTo(1);
        assertThat(cap.size()).isEqualTo(1);
    }

    @Test
    void theWindowHoldsTheLatestListsByTimeWhateverOrderTheyCameIn() {
        ExposureCap cap = new ExposureCap(0.5, 2);
        assertThat(cap.record("p-3", 3, List.of("c"))).isEmpty();
        assertThat(cap.record("p-1", 1, List.of("a"))).isEmpty();
        assertThat(cap.record("p-2", 2, List.of("b"))).containsExactly("p-1");
        assertThat(cap.record("p-0", 0, List.of("z"))).as("older than a full window: not kept").containsExactly("p-0");
        assertThat(cap.appearances("a")).isZero();
        assertThat(cap.appearances("z")).isZero();
        assertThat(cap.appearances("b")).isEqualTo(1);
        assertThat(cap.appearances("c")).isEqualTo(1);
    }

    @Test
    void anInvalidCapIsRefused() {
        assertThatThrownBy(() -> new ExposureCap(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExposureCap(0.1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
