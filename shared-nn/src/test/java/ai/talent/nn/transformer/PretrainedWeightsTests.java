package ai.talent.nn.transformer;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import ai.talent.nn.engine.NnEngine;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PretrainedWeightsTests {

    @Test
    void studentLayersAreCopiesOfTheChosenTeacherLayers() {
        try (NDManager m = NnEngine.get().newBaseManager()) {
            TransformerConfig config = TransformerConfig.tiny(50, 16, 2, 4, 8);
            BertEncoder teacher = PretrainedWeights.randomEncoder(config, m);
            BertEncoder student = PretrainedWeights.randomEncoder(config.withLayers(2), m);
            PretrainedWeights.copyLayers(teacher, student, 1, 3);
            var t = teacher.namedParameters();
            var s = student.namedParameters();
            assertThat(same(s.get("encoder.layer.0.attention.self.key.weight").getArray().toFloatArray(),
                    t.get("encoder.layer.1.attention.self.key.weight").getArray().toFloatArray())).isTrue();
            assertThat(same(s.get("encoder.layer.1.output.dense.weight").getArray().toFloatArray(),
                    t.get("encoder.layer.3.output.dense.weight").getArray().toFloatArray())).isTrue();
            assertThat(same(s.get("embeddings.word_embeddings.weight").getArray().toFloatArray(),
                    t.get("embeddings.word_embeddings.weight").getArray().toFloatArray())).isTrue();
            assertThat(same(s.get("encoder.layer.0.attention.self.key.weight").getArray().toFloatArray(),
                    t.get("encoder.layer.0.attention.self.key.weight").getArray().toFloatArray())).isFalse();
        }
    }

    @Test
    void everyParameterHasAHuggingFaceNameAndLayer() {
        try (NDManager m = NnEngine.get().newBaseManager()) {
            BertEncoder encoder = PretrainedWeights.randomEncoder(TransformerConfig.tiny(50, 16, 2, 2, 8), m);
            assertThat(encoder.namedParameters()).hasSize(5 + 2 * 16);
            assertThat(encoder.getParameters().size()).isEqualTo(5 + 2 * 16);
            assertThat(BertEncoder.layerOf("encoder.layer.1.output.dense.bias")).isEqualTo(1);
            assertThat(BertEncoder.layerOf("embeddings.LayerNorm.weight")).isEqualTo(-1);
        }
    }

    private static boolean same(float[] a, float[] b) {
        return Arrays.equals(a, b);
    }
}
