package ai.talent.nn.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationAndSpanTests {

    @Test
    void microAndMacroAveragesMatchHandCountedConfusion() {
        ClassificationReport r = ClassificationReport.of(new int[] {0, 1, 2, 0, 1, 2}, new int[] {0, 2, 1, 0, 0, 1}, 3);
        assertThat(r.accuracy()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(r.perClass().get(0).precision()).isEqualTo(1.0);
        assertThat(r.perClass().get(0).recall()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(r.perClass().get(0).f1()).isCloseTo(0.8, within(1e-12));
        assertThat(r.macro().f1()).isCloseTo(0.8 / 3, within(1e-12));
        assertThat(r.macro().precision()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(r.macro().recall()).isCloseTo(2.0 / 9, within(1e-12));
        // single-label micro scores all equal accuracy
        assertThat(r.micro().f1()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void spanF1NeedsExactBoundariesAndType() {
        List<List<String>> gold = List.of(
                List.of("B-SKILL", "I-SKILL", "O", "B-LOC"),
                List.of("B-SKILL", "O"));
        List<List<String>> predicted = List.of(
                List.of("B-SKILL", "I-SKILL", "O", "B-ROLE"),
                List.of("B-SKILL", "I-SKILL"));
        SpanF1 f = SpanF1.of(predicted, gold);
        assertThat(f.overall().precision()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(f.overall().recall()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(f.perType().get("SKILL").f1()).isCloseTo(0.5, within(1e-12));
        assertThat(f.perType().get("LOC").recall()).isZero();
        assertThat(f.perType().get("ROLE").precision()).isZero();
        assertThat(SpanF1.of(gold, gold).overall().f1()).isEqualTo(1.0);
    }

    @Test
    void strayInsideTagStartsASpan() {
        assertThat(SpanF1.spans(0, List.of("O", "I-SKILL", "I-SKILL", "I-LOC")))
                .containsExactly(new Span(0, 1, 3, "SKILL"), new Span(0, 3, 4, "LOC"));
        assertThat(SpanF1.spans(0, List.of("B-SKILL", "B-SKILL")))
                .containsExactly(new Span(0, 0, 1, "SKILL"), new Span(0, 1, 2, "SKILL"));
    }

    @Test
    void rejectsTagsThatAreNotBio() {
        assertThatThrownBy(() -> SpanF1.spans(3, List.of("O", "SKILL")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sequence 3");
    }
}
