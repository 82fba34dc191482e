package ai.talent.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A post's complexity when a simple-work phrase negates a complex one: "난이도가 높지 않아" holds "난이도가 높", "nothing
 * complicated" holds "complicated"; the longer phrase is what the post says.
 */
class TextSignalsComplexityTests {

    private final TextSignals signals = TextSignals.standard();

    private int complexity(String description) {
        return signals.readPost(TextSignals.postText("작업 / a job", description)).complexity();
    }

    @Test
    void aNegatedComplexPhraseReadsAsSimple() {
        assertThat(complexity("난이도가 높지 않은 작업입니다.")).isZero();
        assertThat(complexity("Nothing complicated.")).isZero();
    }

    @Test
    void theComplexPhrasesThemselvesStillRead() {
        assertThat(complexity("여러 시스템과 얽혀 있어 난이도가 높은 작업입니다.")).isEqualTo(2);
        assertThat(complexity("A complicated integration.")).isEqualTo(2);
        assertThat(complexity("보통 수준의 작업입니다.")).isEqualTo(1);
    }
}
