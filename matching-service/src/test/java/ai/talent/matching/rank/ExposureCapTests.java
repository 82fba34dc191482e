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
    void anInvalidCapIsRefused() {
        assertThatThrownBy(() -> new ExposureCap(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExposureCap(0.1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
