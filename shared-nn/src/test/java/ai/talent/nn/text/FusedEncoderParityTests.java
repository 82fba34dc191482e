package ai.talent.nn.text;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.FusedEncoder;
import ai.talent.nn.transformer.Pooling;
import ai.talent.nn.transformer.PretrainedWeights;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FusedEncoderParityTests {

    static NDManager manager;
    static SentenceEncoder blocks;
    static FusedEncoder fused;
    static TextTokenizer tokenizer;

    @BeforeAll
    static void load() throws Exception {
        manager = NnEngine.get().newBaseManager();
        BertEncoder encoder = PretrainedWeights.miniLm(manager);
        encoder.freezeParameters(true);
        blocks = new SentenceEncoder(encoder, Pooling.MEAN, true);
        fused = FusedEncoder.of(encoder);
        tokenizer = TextTokenizer.fromResource(PretrainedWeights.MINILM_TOKENIZER, 128);
    }

    @AfterAll
    static void close() {
        fused.close();
        tokenizer.close();
        manager.close();
    }

    @Test
    void fusedPathMatchesTheBlockEncoderOnPaddedAndUnpaddedBatches() {
        double maxHidden = 0;
        double maxPooled = 0;
        var sentences = MiniLmParityTests.SENTENCES;
        for (int size : new int[] {1, 8}) {
            for (int start = 0; start < sentences.size(); start += size) {
                TokenBatch batch = tokenizer.batch(sentences.subList(start, Math.min(sentences.size(), start + size)));
                float[][][] a = blocks.hidden(batch);
                float[][][] b = fused.hidden(batch.ids(), batch.typeIds(), batch.mask());
                float[][] pa = blocks.embed(batch);
                float[][] pb = fused.meanPooled(batch.ids(), batch.typeIds(), batch.mask(), true);
                for (int i = 0; i < batch.size(); i++) {
                    for (int j = 0; j < batch.length(); j++) {
                        for (int k = 0; k < a[i][j].length; k++) {
                            maxHidden = Math.max(maxHidden, Math.abs(a[i][j][k] - b[i][j][k]));
                        }
                    }
                    for (int k = 0; k < pa[i].length; k++) {
                        maxPooled = Math.max(maxPooled, Math.abs(pa[i][k] - pb[i][k]));
                    }
                }
            }
        }
        System.out.printf("fused vs block encoder: max |diff| hidden %.3g, pooled %.3g%n", maxHidden, maxPooled);
        assertThat(maxHidden).isLessThanOrEqualTo(1e-4);
        assertThat(maxPooled).isLessThanOrEqualTo(1e-5);
    }

    @Test
    void tokenTypesOtherThanZeroAreHonoured() {
        TokenBatch batch = tokenizer.batch(MiniLmParityTests.SENTENCES.subList(0, 3));
        long[][] types = new long[batch.size()][batch.length()];
        for (long[] row : types) {
            java.util.Arrays.fill(row, 2, row.length, 1L);
        }
        TokenBatch typed = new TokenBatch(batch.ids(), types, batch.mask());
        float[][][] a = blocks.hidden(typed);
        float[][][] b = fused.hidden(typed.ids(), typed.typeIds(), typed.mask());
        float[][][] untyped = fused.hidden(batch.ids(), batch.typeIds(), batch.mask());
        assertThat(b[0][3][0]).isCloseTo(a[0][3][0], org.assertj.core.data.Offset.offset(1e-4f));
        assertThat(Math.abs(b[0][3][0] - untyped[0][3][0])).isGreaterThan(1e-4f);
    }
}
