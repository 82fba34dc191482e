package ai.talent.success.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.success.feature.TextEmbedder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheTests {

    /** A deterministic stand-in for the encoder that records what it was asked to embed. */
    static final class CountingEncoder implements TextEmbedder {
        final List<String> asked = new ArrayList<>();

        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public String encoderId() {
            return "counting";
        }

        @Override
        public float[] embed(String text) {
            asked.add(text);
            return new float[] {text.length(), text.hashCode() % 7, 1};
        }

        @Override
        public float[][] embed(List<String> texts) {
            return texts.stream().map(this::embed).toArray(float[][]::new);
        }
    }

    @Test
    void aSecondRunReadsTheEmbeddingsOfTheFirstAndEmbedsOnlyNewTexts(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cache.bin");
        CountingEncoder first = new CountingEncoder();
        float[][] before;
        try (EmbeddingCache cache = new EmbeddingCache(first, file)) {
            before = cache.embed(List.of("결제 시스템", "a bio", "결제 시스템"));
        }
        assertThat(first.asked).containsExactly("결제 시스템", "a bio");

        CountingEncoder second = new CountingEncoder();
        try (EmbeddingCache cache = new EmbeddingCache(second, file)) {
            assertThat(cache.size()).isEqualTo(2);
            float[][] again = cache.embed(List.of("a bio", "결제 시스템", "new text"));
            assertThat(again[0]).containsExactly(before[1]);
            assertThat(again[1]).containsExactly(before[0]);
        }
        assertThat(second.asked).containsExactly("new text");
    }
}
