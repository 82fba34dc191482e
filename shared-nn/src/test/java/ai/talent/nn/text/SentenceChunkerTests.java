package ai.talent.nn.text;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.nn.transformer.PretrainedWeights;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one chunker search and matching share: sentences packed into windows, chunk vectors averaged to unit length. */
class SentenceChunkerTests {

    @Test
    void packsSentencesIntoWindowsWithoutCuttingOne() throws Exception {
        try (SentenceChunker chunker = new SentenceChunker(
                TextTokenizer.fromResource(PretrainedWeights.MINILM_TOKENIZER, SentenceChunker.COUNTER_LIMIT), 16)) {
            String text = "I build web shops. I write Java and Kotlin every day.\nI also teach React to beginners!";
            List<String> chunks = chunker.chunks(text);
            assertThat(chunks).hasSizeGreaterThan(1);
            assertThat(String.join(" ", chunks)).isEqualTo(text.replace('\n', ' '));
            for (String c : chunks) {
                assertThat(chunker.tokens(c)).isLessThanOrEqualTo(14);
            }
            assertThat(chunker.chunks("   ")).containsExactly("-");
            assertThat(chunker.chunks("short one")).containsExactly("short one");
        }
    }

    @Test
    void aTextsVectorIsTheUnitMeanOfItsChunks() throws Exception {
        TextEncoderConfig config = TextEncoderConfig.defaults().withCacheSize(0).withMaxLength(16);
        try (SentenceChunker chunker = new SentenceChunker(
                TextTokenizer.fromResource(PretrainedWeights.MINILM_TOKENIZER, SentenceChunker.COUNTER_LIMIT), 16);
                TextEncoder encoder = TextEncoder.miniLm(config)) {
            String text = "I build web shops. I write Java and Kotlin every day.";
            List<String> chunks = chunker.chunks(text);
            float[][] parts = encoder.embed(chunks);
            float[] v = chunker.embed(encoder, List.of(text))[0];
            double norm = 0;
            double dot = 0;
            float[] mean = new float[v.length];
            for (float[] p : parts) {
                for (int d = 0; d < v.length; d++) {
                    mean[d] += p[d];
                }
            }
            double meanNorm = 0;
            for (int d = 0; d < v.length; d++) {
                norm += v[d] * v[d];
                meanNorm += mean[d] * mean[d];
                dot += v[d] * mean[d];
            }
            assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
            assertThat(dot / Math.sqrt(meanNorm)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
        }
    }
}
