package ai.talent.nn.compress;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.text.SentenceEncoder;
import ai.talent.nn.text.TextTokenizer;
import ai.talent.nn.text.TokenBatch;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.Dense;
import ai.talent.nn.transformer.Pooling;
import ai.talent.nn.transformer.PretrainedWeights;
import ai.talent.nn.transformer.TransformerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompressionTests {

    static final TransformerConfig TINY = TransformerConfig.tiny(30522, 64, 4, 2, 64);
    static TextTokenizer tokenizer;
    static TokenBatch batch;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() throws Exception {
        tokenizer = TextTokenizer.fromResource(PretrainedWeights.MINILM_TOKENIZER, 32);
        batch = tokenizer.batch(new SyntheticTitles(5).next(16));
    }

    @AfterAll
    static void tearDown() {
        tokenizer.close();
    }

    private static double meanCosine(float[][] a, float[][] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double dot = 0;
            for (int k = 0; k < a[i].length; k++) {
                dot += a[i][k] * b[i][k];
            }
            sum += dot;
        }
        return sum / a.length;
    }

    private static float[][] embed(BertEncoder encoder) {
        return new SentenceEncoder(encoder, Pooling.MEAN, true).embed(batch);
    }

    @Test
    void int8FileIsOverThreeAndAHalfTimesSmallerAndReproducesTheEncoder() throws Exception {
        try (NDManager m = NnEngine.get().newBaseManager()) {
            m.getEngine().setRandomSeed(11);
            BertEncoder encoder = PretrainedWeights.randomEncoder(TINY, m);
            float[][] reference = embed(encoder);
            Path fp32 = dir.resolve("fp32.bin");
            Path int8 = dir.resolve("int8.bin");
            EncoderFile.save(encoder, fp32, false);
            EncoderFile.save(encoder, int8, true);
            double ratio = Files.size(fp32) / (double) Files.size(int8);
            assertThat(ratio).isGreaterThanOrEqualTo(3.5);

            BertEncoder reloaded = EncoderFile.load(fp32, m, false);
            assertThat(meanCosine(embed(reloaded), reference)).isGreaterThan(0.999999);

            BertEncoder kept = EncoderFile.load(int8, m, true);
            BertEncoder dequantized = EncoderFile.load(int8, m, false);
            assertThat(kept.denseLayers().values()).allMatch(Dense::isQuantized);
            assertThat(Int8Quantizer.weightBytes(kept) * 3.5).isLessThan(Int8Quantizer.weightBytes(encoder));
            float[][] fromKept = embed(kept);
            assertThat(meanCosine(fromKept, embed(dequantized))).isGreaterThan(0.99999);
            assertThat(meanCosine(fromKept, reference)).isGreaterThan(0.99).isLessThan(0.999999);

            Int8Quantizer.quantize(encoder);
            assertThat(meanCosine(embed(encoder), fromKept)).isGreaterThan(0.99999);
        }
    }

    @Test
    void int8MiniLmIsOverThreeAndAHalfTimesSmallerOnDiskAndInMemoryAndKeepsItsEmbeddings() throws Exception {
        List<String> sentences = List.of("Senior Kotlin developer with fintech experience",
                "서울 React 개발자 5년 이상, 시급 5만원 이하", "Translator", "data scientist", "머신러닝 엔지니어",
                "We need a UX designer for a mobile banking app redesign, Figma required.",
                "Java 백엔드 개발자 (Spring Boot, Kafka) 원격 근무 가능", "Logo design for a coffee shop in Busan",
                "부산 카페 로고 디자인", "Part-time bookkeeper, QuickBooks", "hi",
                "Customer support agent fluent in Korean, Japanese and English, night shifts",
                "게임 클라이언트 프로그래머 Unity C#", "DevOps engineer: Kubernetes, Terraform, AWS, CI/CD pipelines",
                "영상 편집자 - 유튜브 채널 주 2회 업로드",
                "Looking for an experienced Korean-English translator for legal documents and contracts.");
        try (NDManager m = NnEngine.get().newBaseManager();
                TextTokenizer miniLmTokenizer = TextTokenizer.fromResource(PretrainedWeights.MINILM_TOKENIZER, 128)) {
            TokenBatch texts = miniLmTokenizer.batch(sentences);
            BertEncoder encoder = PretrainedWeights.miniLm(m);
            float[][] reference = new SentenceEncoder(encoder, Pooling.MEAN, true).embed(texts);
            Path fp32 = dir.resolve("minilm-fp32.bin");
            Path int8 = dir.resolve("minilm-int8.bin");
            EncoderFile.save(encoder, fp32, false);
            EncoderFile.save(encoder, int8, true);
            double fileRatio = Files.size(fp32) / (double) Files.size(int8);
            float[][] fromFile = new SentenceEncoder(EncoderFile.load(int8, m, true), Pooling.MEAN, true).embed(texts);

            long fp32Bytes = Int8Quantizer.weightBytes(encoder);
            Int8Quantizer.quantize(encoder);
            double memoryRatio = fp32Bytes / (double) Int8Quantizer.weightBytes(encoder);
            float[][] quantized = new SentenceEncoder(encoder, Pooling.MEAN, true).embed(texts);
            double minCosine = 1;
            for (int i = 0; i < sentences.size(); i++) {
                double cosine = meanCosine(new float[][] {quantized[i]}, new float[][] {reference[i]});
                assertThat(cosine).as(sentences.get(i)).isGreaterThanOrEqualTo(0.99);
                assertThat(meanCosine(new float[][] {fromFile[i]}, new float[][] {quantized[i]})).isGreaterThan(0.99999);
                minCosine = Math.min(minCosine, cosine);
            }
            System.out.printf("int8 all-MiniLM-L6-v2: file %.2fx smaller (%d -> %d bytes), weights in memory %.2fx"
                    + " smaller, min cosine to fp32 over %d sentences %.4f%n", fileRatio, Files.size(fp32),
                    Files.size(int8), memoryRatio, sentences.size(), minCosine);
            assertThat(fileRatio).isGreaterThanOrEqualTo(3.5);
            assertThat(memoryRatio).isGreaterThanOrEqualTo(3.5);
            // quantization really changed the weights: the embeddings are close, not identical
            assertThat(minCosine).isLessThan(0.999999);
        }
    }

    @Test
    void globalMagnitudePruningZeroesTheSmallestWeightsAndTheMaskKeepsThemZero() {
        try (NDManager m = NnEngine.get().newBaseManager()) {
            BertEncoder encoder = PretrainedWeights.randomEncoder(TINY, m);
            MagnitudePruner.Result result = MagnitudePruner.prune(encoder, 0.6);
            assertThat(result.sparsity()).isBetween(0.599, 0.601);
            long zeros = 0;
            long total = 0;
            float largestZeroed = 0;
            for (Dense d : encoder.denseLayers().values()) {
                for (float v : d.weight().getArray().toFloatArray()) {
                    zeros += v == 0f ? 1 : 0;
                    total++;
                    if (v != 0f) {
                        assertThat(Math.abs(v)).isGreaterThan(result.threshold());
                    }
                }
                largestZeroed = Math.max(largestZeroed, result.threshold());
            }
            assertThat(zeros / (double) total).isBetween(0.599, 0.601);

            var masks = MagnitudePruner.mask(encoder);
            encoder.denseLayers().values().forEach(d -> d.weight().getArray().addi(0.5f));
            MagnitudePruner.reapply(masks);
            long zerosAgain = 0;
            for (Dense d : encoder.denseLayers().values()) {
                for (float v : d.weight().getArray().toFloatArray()) {
                    zerosAgain += v == 0f ? 1 : 0;
                }
            }
            assertThat(zerosAgain).isEqualTo(zeros);
        }
    }

    @Test
    void distilledStudentAgreesWithItsTeacherMoreThanBefore() {
        try (NDManager m = NnEngine.get().newBaseManager()) {
            m.getEngine().setRandomSeed(3);
            BertEncoder teacher = PretrainedWeights.randomEncoder(TINY.withLayers(3), m);
            BertEncoder student = PretrainedWeights.randomEncoder(TINY.withLayers(1), m);
            Distiller distiller = new Distiller(teacher, student, tokenizer, Pooling.MEAN);
            List<String> heldOut = new SyntheticTitles(999).next(64);
            double before = distiller.agreement(heldOut);
            SyntheticTitles source = new SyntheticTitles(1);
            List<Float> losses = distiller.distill(() -> source.next(16), new Distiller.Config(40, 2e-3f), s -> { });
            double after = distiller.agreement(heldOut);
            System.out.printf("distillation: agreement %.4f -> %.4f, loss %.4f -> %.4f%n", before, after,
                    losses.get(0), losses.get(losses.size() - 1));
            assertThat(before).isLessThan(0.5);
            assertThat(after).isGreaterThan(0.9);
        }
    }
}
