package ai.talent.nn.text;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import ai.talent.nn.onnx.OnnxEncoder;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.Pooling;
import ai.talent.nn.transformer.PretrainedWeights;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MiniLmParityTests {

    static final List<String> SENTENCES = List.of(
            "Senior Kotlin developer with fintech experience",
            "서울 React 개발자 5년 이상, 시급 5만원 이하",
            "hi",
            "Translator",
            "We need a UX designer for a mobile banking app redesign, Figma required.",
            "Java 백엔드 개발자 (Spring Boot, Kafka) 원격 근무 가능",
            "data scientist",
            "머신러닝 엔지니어",
            "Looking for an experienced Korean-English translator for legal documents and contracts.",
            "iOS / Android 앱 개발자 구합니다",
            "The quick brown fox jumps over the lazy dog.",
            "Python, pandas, scikit-learn, SQL",
            "프론트엔드 개발자 Vue.js TypeScript 3년차",
            "DevOps engineer: Kubernetes, Terraform, AWS, CI/CD pipelines",
            "a",
            "🙂 emoji and symbols #$%&*!",
            "Logo design for a coffee shop in Busan",
            "부산 카페 로고 디자인",
            "Write technical documentation for a REST API (OpenAPI 3, Markdown).",
            "영상 편집자 - 유튜브 채널 주 2회 업로드",
            "Video editor for a YouTube channel, two uploads per week",
            "Rust systems programmer with embedded and low-latency networking background",
            "게임 클라이언트 프로그래머 Unity C#",
            "Blockchain smart contract auditor (Solidity)",
            "Part-time bookkeeper, QuickBooks",
            "데이터 라벨링 작업자 모집 (이미지 분류)",
            "Customer support agent fluent in Korean, Japanese and English, night shifts",
            "SEO marketing specialist for an e-commerce store on Shopify with 10k products",
            "빅데이터 분석가 Spark Hadoop 경력 7년 이상 우대, 재택 가능, 급여 협의",
            "An extremely long description follows: " + "we build scalable distributed systems, ".repeat(12),
            "   leading and trailing spaces   ",
            "UPPERCASE JOB TITLE: CHIEF TECHNOLOGY OFFICER",
            "3D modeler Blender/Maya 캐릭터 모델링",
            "Mixed 한국어 and English in one sentence for 테스트");

    static NDManager manager;
    static SentenceEncoder ours;
    static TextTokenizer tokenizer;
    static OnnxEncoder ort;

    @BeforeAll
    static void load() throws Exception {
        manager = NnEngine.get().newBaseManager();
        BertEncoder encoder = PretrainedWeights.miniLm(manager);
        encoder.freezeParameters(true);
        ours = new SentenceEncoder(encoder, Pooling.MEAN, true);
        tokenizer = TextTokenizer.fromResource(PretrainedWeights.MINILM_TOKENIZER, 128);
        ort = OnnxEncoder.miniLm();
    }

    @AfterAll
    static void close() throws Exception {
        ort.close();
        tokenizer.close();
        manager.close();
    }

    @Test
    void hiddenStatesAndPooledEmbeddingsMatchOnnxRuntime() throws Exception {
        assertThat(SENTENCES).hasSizeGreaterThanOrEqualTo(32);
        double maxDiff = 0;
        double minCos = 1;
        for (int start = 0; start < SENTENCES.size(); start += 8) {
            TokenBatch batch = tokenizer.batch(SENTENCES.subList(start, Math.min(SENTENCES.size(), start + 8)));
            float[][][] a = ours.hidden(batch);
            float[][][] b = ort.hidden(batch);
            float[][] pooled = ours.embed(batch);
            for (int i = 0; i < batch.size(); i++) {
                float[] ref = new float[a[i][0].length];
                int n = 0;
                for (int j = 0; j < batch.length(); j++) {
                    if (batch.mask()[i][j] == 0) {
                        continue;
                    }
                    n++;
                    for (int k = 0; k < ref.length; k++) {
                        maxDiff = Math.max(maxDiff, Math.abs(a[i][j][k] - b[i][j][k]));
                        ref[k] += b[i][j][k];
                    }
                }
                double dot = 0;
                double norm = 0;
                for (int k = 0; k < ref.length; k++) {
                    dot += pooled[i][k] * ref[k] / n;
                    norm += (ref[k] / n) * (ref[k] / n);
                }
                minCos = Math.min(minCos, dot / Math.sqrt(norm));
            }
        }
        System.out.printf("MiniLM parity vs ONNX Runtime over %d sentences: max |diff| %.3g, min cosine %.7f%n",
                SENTENCES.size(), maxDiff, minCos);
        assertThat(maxDiff).isLessThanOrEqualTo(1e-4);
        assertThat(minCos).isGreaterThanOrEqualTo(0.9999);
    }

    @Test
    void batchesAreReallyPadded() {
        TokenBatch batch = tokenizer.batch(new ArrayList<>(SENTENCES.subList(0, 4)));
        long pads = 0;
        for (long[] row : batch.mask()) {
            for (long v : row) {
                pads += 1 - v;
            }
        }
        assertThat(pads).isPositive();
        assertThat(batch.length()).isLessThan(128);
    }
}
