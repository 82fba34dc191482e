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

    /** Titles with a near-synonym and a look-alike of a neighbouring job that must stay apart. */
    static final List<ContrastiveFineTuner.Pair> WITH_NEIGHBOURS = List.of(
            new ContrastiveFineTuner.Pair("java developer", "java software engineer", List.of("java software tester"), null),
            new ContrastiveFineTuner.Pair("registered nurse", "hospital nurse", List.of("nursing assistant"), null),
            new ContrastiveFineTuner.Pair("truck driver", "lorry driver", List.of("bus driver"), null),
            new ContrastiveFineTuner.Pair("primary school teacher", "elementary teacher",
                    List.of("secondary school teacher"), null),
            new ContrastiveFineTuner.Pair("bookkeeper", "accounts clerk", List.of("bank clerk"), null),
            new ContrastiveFineTuner.Pair("chef", "head cook", List.of("kitchen porter"), null),
            new ContrastiveFineTuner.Pair("web designer", "website designer", List.of("web developer"), null),
            new ContrastiveFineTuner.Pair("electrician", "electrical installer", List.of("electrical engineer"), null));

    @Test
    void hardNegativesWidenTheMarginToNeighbouringJobsBeyondInBatchNegativesAlone() throws Exception {
        double before;
        double inBatchOnly;
        double withHard;
        try (NDManager m = NnEngine.get().newBaseManager();
                TextTokenizer tokenizer = TextTokenizer.fromResource(PretrainedWeights.MINILM_TOKENIZER, 32)) {
            FineTuneConfig config = new FineTuneConfig(4, 1e-4f, 0.5f, 0.05f, 8, 5L);
            ContrastiveFineTuner plain = new ContrastiveFineTuner(PretrainedWeights.miniLm(m), tokenizer,
                    Pooling.MEAN, config.withHardNegatives(0));
            before = margin(plain);
            plain.train(WITH_NEIGHBOURS, 5);
            inBatchOnly = margin(plain);
            ContrastiveFineTuner hard = new ContrastiveFineTuner(PretrainedWeights.miniLm(m), tokenizer,
                    Pooling.MEAN, config.withHardNegatives(1));
            hard.train(WITH_NEIGHBOURS, 5);
            withHard = margin(hard);
        }
        System.out.printf("positive minus hard-negative cosine: pretrained %.4f, in-batch only %.4f, with hard "
                + "negatives %.4f%n", before, inBatchOnly, withHard);
        assertThat(withHard).isGreaterThan(before + 0.05).isGreaterThan(inBatchOnly + 0.02);
    }

    @Test
    void pairsOfOneGroupAndDuplicateTextsAreNotEachOthersNegatives() {
        List<ContrastiveFineTuner.Pair> batch = List.of(
                new ContrastiveFineTuner.Pair("wire drawer", "metal drawing machine operator", List.of(), "o1"),
                new ContrastiveFineTuner.Pair("draw machine operative", "wire drawer", List.of(), "o1"),
                new ContrastiveFineTuner.Pair("stage manager", "technical director", List.of(), "o2"),
                new ContrastiveFineTuner.Pair("head of technical", "technical director", List.of(), null));
        float[][] excluded = ContrastiveFineTuner.excluded(batch, List.of("technical director", "light operator"));

        assertThat(excluded[0]).containsExactly(0, 1, 0, 0, 0, 0);
        assertThat(excluded[1]).containsExactly(1, 0, 0, 0, 0, 0);
        assertThat(excluded[2]).containsExactly(0, 0, 0, 1, 1, 0);
        assertThat(excluded[3]).containsExactly(0, 0, 1, 0, 1, 0);
    }

    @Test
    void minedNegativesAreTheClosestEligibleCandidatesInOrder() {
        float[][] anchors = {{1, 0}, {0, 1}};
        float[][] candidates = {{1, 0}, {0.8f, 0.6f}, {0.6f, 0.8f}, {0, 1}, {-1, 0}};
        // Candidate 0 is anchor 0's own positive and candidate 3 anchor 1's: neither may be its negative.
        int[][] mined = HardNegatives.mine(anchors, candidates, 2, (a, c) -> c != (a == 0 ? 0 : 3));

        assertThat(mined[0]).containsExactly(1, 2);
        assertThat(mined[1]).containsExactly(2, 1);
        assertThat(HardNegatives.mine(anchors, candidates, 9, (a, c) -> c == 4)[0]).containsExactly(4);
    }

    /** Mean over the pairs of cos(anchor, positive) − cos(anchor, hard negative) under the tuner's current weights. */
    private static double margin(ContrastiveFineTuner tuner) {
        List<String> anchors = WITH_NEIGHBOURS.stream().map(ContrastiveFineTuner.Pair::anchor).toList();
        List<String> positives = WITH_NEIGHBOURS.stream().map(ContrastiveFineTuner.Pair::positive).toList();
        List<String> negatives = WITH_NEIGHBOURS.stream().map(p -> p.hardNegatives().get(0)).toList();
        float[][] a = tuner.embed(anchors);
        float[][] p = tuner.embed(positives);
        float[][] n = tuner.embed(negatives);
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += dot(a[i], p[i]) - dot(a[i], n[i]);
        }
        return sum / a.length;
    }

    private static double dot(float[] x, float[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
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
