package ai.talent.nn.text;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.Pooling;
import ai.talent.nn.transformer.PretrainedWeights;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContrastiveFineTunerTests {

    /** English titles and their Korean translations: MiniLM has seen little Korean, so there is room to learn. */
    static final List<ContrastiveFineTuner.Pair> PAIRS = List.of(
            new ContrastiveFineTuner.Pair("backend developer", "백엔드 개발자"),
            new ContrastiveFineTuner.Pair("graphic designer", "그래픽 디자이너"),
            new ContrastiveFineTuner.Pair("translator", "번역가"),
            new ContrastiveFineTuner.Pair("data analyst", "데이터 분석가"),
            new ContrastiveFineTuner.Pair("video editor", "영상 편집자"),
            new ContrastiveFineTuner.Pair("marketing manager", "마케팅 매니저"),
            new ContrastiveFineTuner.Pair("mobile app developer", "모바일 앱 개발자"),
            new ContrastiveFineTuner.Pair("accountant", "회계사"));

    @Test
    void fineTuningWithFrozenLowerLayersChangesOnlyTheUpperLayersAndLowersTheLoss() throws Exception {
        try (NDManager m = NnEngine.get().newBaseManager();
                TextTokenizer tokenizer = TextTokenizer.fromResource(PretrainedWeights.MINILM_TOKENIZER, 32)) {
            BertEncoder encoder = PretrainedWeights.miniLm(m);
            FineTuneConfig config = new FineTuneConfig(4, 1e-4f, 0.5f, 0.05f, 8, 3L);
            ContrastiveFineTuner tuner = new ContrastiveFineTuner(encoder, tokenizer, Pooling.MEAN, config);
            Map<String, float[]> before = snapshot(encoder);
            float lossBefore = tuner.evaluate(PAIRS);

            List<Float> losses = tuner.train(PAIRS, 6);

            float lossAfter = tuner.evaluate(PAIRS);
            Map<String, float[]> after = snapshot(encoder);
            System.out.printf("contrastive fine-tune: loss %.4f -> %.4f (steps %s)%n", lossBefore, lossAfter, losses);
            assertThat(lossAfter).isLessThan(lossBefore * 0.8f);
            for (String name : before.keySet()) {
                int layer = BertEncoder.layerOf(name);
                if (layer < 4) {
                    assertThat(Arrays.equals(after.get(name), before.get(name))).as(name + " is frozen").isTrue();
                }
            }
            for (String trained : List.of("encoder.layer.5.attention.self.query.weight",
                    "encoder.layer.4.output.dense.weight")) {
                assertThat(Arrays.equals(after.get(trained), before.get(trained))).as(trained + " is trained").isFalse();
            }
            assertThat(tuner.learningRateOf(4)).isEqualTo(tuner.learningRateOf(5) * 0.5f);
        }
    }

    private static Map<String, float[]> snapshot(BertEncoder encoder) {
        Map<String, float[]> copy = new java.util.LinkedHashMap<>();
        encoder.namedParameters().forEach((name, p) -> {
            if (!name.contains("word_embeddings")) {
                copy.put(name, p.getArray().toFloatArray());
            }
        });
        return copy;
    }
}
