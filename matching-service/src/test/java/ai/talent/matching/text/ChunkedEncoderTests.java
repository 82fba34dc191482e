package ai.talent.matching.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.talent.matching.train.TestMarkets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkedEncoderTests {

    private final ChunkedEncoder encoder = TestMarkets.pretrained();

    @Test
    void longTextsAreCutAtSentencesIntoChunksWithinTheBudget() {
        String sentence = "I build backend services in Java and Spring for payment companies. ";
        String text = sentence.repeat(40);
        List<String> chunks = encoder.chunks(text);
        assertThat(chunks).hasSizeGreaterThan(3);
        for (String chunk : chunks) {
            assertThat(encoder.tokens(chunk)).isLessThanOrEqualTo(encoder.chunkTokens() - 2);
        }
        assertThat(String.join(" ", chunks).replace(" ", "")).isEqualTo(text.replace(" ", ""));
    }

    @Test
    void theVectorOfALongTextSeesItsEnd() {
        String start = "Experienced Java backend engineer building payment services with Spring. ".repeat(12);
        String end = "Professional wedding photographer and portrait photo retoucher. ".repeat(12);
        float[] whole = encoder.embed(start + end);
        float[] truncated = encoder.textEncoder().embed(start + end);
        float[] photography = encoder.embed("photographer for weddings and portraits");
        assertThat(Vectors.dot(whole, whole)).isCloseTo(1.0, within(1e-4));
        assertThat(Vectors.dot(whole, photography))
                .as("averaged chunks reach the second half that truncation cuts off")
                .isGreaterThan(Vectors.dot(truncated, photography) + 0.05);
    }
}
