package ai.talent.nn.bilingual;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import ai.talent.nn.compress.EncoderFile;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.onnx.OnnxEncoder;
import ai.talent.nn.registry.ModelRegistry;
import ai.talent.nn.text.EncoderSource;
import ai.talent.nn.text.SentenceEncoder;
import ai.talent.nn.text.TextEncoder;
import ai.talent.nn.text.TextEncoderConfig;
import ai.talent.nn.text.TextTokenizer;
import ai.talent.nn.text.TokenBatch;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.Pooling;
import ai.talent.nn.transformer.PretrainedWeights;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bilingual student on a small fixed parallel set written here: its vocabulary keeps every English id, it
 * learns (in well under a minute) to put a Korean sentence next to its English translation, it round-trips
 * through the model registry exactly, and ONNX Runtime serving its exported weights gives the same vectors.
 */
class BilingualEncoderTests {

    static final List<ParallelPair> PAIRS = List.of(
            new ParallelPair("I am looking for a React developer in Seoul.", "서울에서 리액트 개발자를 찾고 있습니다."),
            new ParallelPair("We need a logo for our coffee shop.", "우리 카페의 로고가 필요합니다."),
            new ParallelPair("The translator finished the contract on time.", "번역가가 계약을 제때 끝냈습니다."),
            new ParallelPair("She has ten years of experience in data analysis.", "그녀는 데이터 분석 경력이 십 년입니다."),
            new ParallelPair("Please edit two videos for our channel every week.", "매주 우리 채널 영상 두 개를 편집해 주세요."),
            new ParallelPair("The budget for this project is five million won.", "이 프로젝트의 예산은 오백만 원입니다."),
            new ParallelPair("A dog is running in the park.", "개 한 마리가 공원에서 뛰고 있다."),
            new ParallelPair("A man is playing the guitar on the stage.", "한 남자가 무대에서 기타를 치고 있다."),
            new ParallelPair("The woman is cooking dinner in the kitchen.", "여자가 부엌에서 저녁을 요리하고 있다."),
            new ParallelPair("Children are swimming in the sea.", "아이들이 바다에서 수영하고 있다."),
            new ParallelPair("Remote work is possible for this position.", "이 직무는 재택근무가 가능합니다."),
            new ParallelPair("He designs mobile apps for banks.", "그는 은행을 위한 모바일 앱을 디자인합니다."),
            new ParallelPair("The train to Busan leaves at nine.", "부산행 기차는 아홉 시에 출발합니다."),
            new ParallelPair("Our company builds online shopping malls.", "우리 회사는 온라인 쇼핑몰을 만듭니다."),
            new ParallelPair("The cat is sleeping on the sofa.", "고양이가 소파 위에서 자고 있다."),
            new ParallelPair("Students are studying for the exam in the library.", "학생들이 도서관에서 시험 공부를 하고 있다."),
            new ParallelPair("It is raining heavily today.", "오늘은 비가 많이 내린다."),
            new ParallelPair("A chef is slicing fresh vegetables.", "요리사가 신선한 채소를 썰고 있다."),
            new ParallelPair("The marketing report is due on Friday.", "마케팅 보고서는 금요일까지입니다."),
            new ParallelPair("Two people are riding bicycles along the river.", "두 사람이 강을 따라 자전거를 타고 있다."));

    static final List<String> ENGLISH = List.of("Senior Kotlin developer with fintech experience",
            "Café résumé naïve façade — accents and dashes", "UPPERCASE JOB TITLE: CHIEF TECHNOLOGY OFFICER",
            "Python, pandas, scikit-learn, SQL; 3D modelling 🙂", "Mixed 한국어 and English 테스트");

    static NDManager manager;
    static BertEncoder teacher;
    static BertEncoder student;
    static TextTokenizer teacherTokenizer;
    static TextTokenizer studentTokenizer;
    static Map<String, Integer> teacherVocabulary;
    static Map<String, Integer> vocabulary;
    static Path tokenizerFile;
    static double marginBefore;
    static double marginAfter;
    static double top1Before;
    static double top1After;
    static double trainSeconds;

    @BeforeAll
    static void trainStudent(@TempDir Path dir) throws Exception {
        manager = NnEngine.get().newBaseManager();
        NnEngine.get().setRandomSeed(3);
        List<String> korean = new ArrayList<>();
        PAIRS.forEach(p -> korean.add(p.korean()));
        teacherVocabulary = BilingualTokenizerFile.teacherVocabulary();
        List<String> units = KoreanVocabulary.learn(korean, new KoreanVocabulary.Settings(40, 2, 4),
                teacherVocabulary.keySet());
        tokenizerFile = BilingualTokenizerFile.write(units, Files.createTempDirectory("bilingual").resolve("tokenizer.json"));
        vocabulary = BilingualTokenizerFile.vocabulary(tokenizerFile);
        teacher = PretrainedWeights.miniLm(manager);
        teacherTokenizer = TextTokenizer.fromResource(PretrainedWeights.MINILM_TOKENIZER, 64);
        studentTokenizer = TextTokenizer.fromFile(tokenizerFile, 64);
        student = BilingualStudent.fromTeacher(teacher, teacherVocabulary, vocabulary, manager);
        CrossLingualDistiller distiller = new CrossLingualDistiller(teacher, teacherTokenizer, student,
                studentTokenizer, Pooling.MEAN, teacherVocabulary.size());
        float[][] targets = distiller.targets(PAIRS.stream().map(ParallelPair::english).toList());
        marginBefore = margin(distiller);
        top1Before = top1(distiller);
        long start = System.nanoTime();
        distiller.train(PAIRS, targets, new CrossLingualDistiller.Config(10, 10, 2e-4f, 3e-3f, 0.1f, 0.01f, 0, 0.5f, 5),
                (step, total, loss) -> true);
        trainSeconds = (System.nanoTime() - start) / 1e9;
        marginAfter = margin(distiller);
        top1After = top1(distiller);
        System.out.printf("bilingual student on %d pairs: translation margin %.3f -> %.3f, KO->EN top-1 %.2f -> %.2f, "
                + "trained in %.1f s%n", PAIRS.size(), marginBefore, marginAfter, top1Before, top1After, trainSeconds);
    }

    @AfterAll
    static void close() {
        teacherTokenizer.close();
        studentTokenizer.close();
        manager.close();
    }

    /** Mean over pairs of cos(ko_i, en_i) minus the mean cos(ko_i, en_j) over unrelated j. */
    static double margin(CrossLingualDistiller d) {
        float[][] en = d.studentEmbeddings(PAIRS.stream().map(ParallelPair::english).toList());
        float[][] ko = d.studentEmbeddings(PAIRS.stream().map(ParallelPair::korean).toList());
        double own = 0;
        double other = 0;
        int n = PAIRS.size();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double c = TranslationRetrieval.dot(ko[i], en[j]);
                if (i == j) {
                    own += c / n;
                } else {
                    other += c / (n * (n - 1.0));
                }
            }
        }
        return own - other;
    }

    static double top1(CrossLingualDistiller d) {
        float[][] en = d.studentEmbeddings(PAIRS.stream().map(ParallelPair::english).toList());
        float[][] ko = d.studentEmbeddings(PAIRS.stream().map(ParallelPair::korean).toList());
        return TranslationRetrieval.top1(ko, en);
    }

    @Test
    void englishUnitsKeepTheirIdsAndEnglishTextTokenizesAsBefore() {
        teacherVocabulary.forEach((unit, id) -> assertThat(vocabulary.get(unit)).as(unit).isEqualTo(id));
        assertThat(vocabulary.size()).isGreaterThan(teacherVocabulary.size() + 4000);
        for (String text : ENGLISH.subList(0, 4)) {
            assertThat(studentTokenizer.ids(text)).as(text).containsExactly(teacherTokenizer.ids(text));
        }
    }

    @Test
    void hangulBecomesKoreanUnitsInsteadOfUnknownTokens() {
        String text = "서울에서 리액트 개발자를 찾고 있습니다. 꽤 괜찮네요 ㅋㅋ";
        assertThat(teacherTokenizer.tokens(text)).contains("[UNK]");
        String[] tokens = studentTokenizer.tokens(text);
        assertThat(tokens).doesNotContain("[UNK]").contains("##습니다", "ㅋ", "##ㅋ");
        assertThat(Arrays.stream(studentTokenizer.tokens(ENGLISH.get(4))).filter("[UNK]"::equals)).isEmpty();
    }

    @Test
    void englishTokenEmbeddingsStayTheTeachersThroughTraining() {
        float[] a = teacher.embeddings().words().getArray().toFloatArray();
        float[] b = student.embeddings().words().getArray().toFloatArray();
        // Arrays.mismatch, not AssertJ's containsExactly, which is far too slow on 11.7 million elements
        assertThat(Arrays.mismatch(Arrays.copyOf(b, a.length), a)).as("first English value that moved").isEqualTo(-1);
        float[] initial = BilingualStudent.tokenTable(a, a.length / teacherVocabulary.size(), teacherVocabulary,
                vocabulary);
        assertThat(Arrays.mismatch(Arrays.copyOfRange(b, a.length, b.length),
                Arrays.copyOfRange(initial, a.length, initial.length))).as("first Korean value that moved")
                .isNotEqualTo(-1);
    }

    @Test
    void studentStartsWithTheTeachersEnglishVectors() {
        TokenBatch batch = teacherTokenizer.batch(ENGLISH.subList(0, 4));
        float[][] a = new SentenceEncoder(teacher, Pooling.MEAN, true).embed(batch);
        try (NDManager m = NnEngine.get().newBaseManager()) {
            BertEncoder fresh = BilingualStudent.fromTeacher(teacher, teacherVocabulary, vocabulary, m);
            float[][] b = new SentenceEncoder(fresh, Pooling.MEAN, true).embed(batch);
            for (int i = 0; i < a.length; i++) {
                assertThat(b[i]).containsExactly(a[i]);
            }
        }
    }

    @Test
    void distillationPutsAKoreanSentenceNextToItsTranslation() {
        assertThat(marginAfter).as("translation margin before %.3f", marginBefore).isGreaterThan(0.25)
                .isGreaterThan(marginBefore + 0.15);
        assertThat(top1After).as("KO->EN top-1 before %.2f", top1Before).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void registryRoundTripGivesTheSameVectors(@TempDir Path dir) throws Exception {
        Path weights = dir.resolve("encoder.bin");
        EncoderFile.save(student, weights, false);
        ModelRegistry registry = new ModelRegistry(dir.resolve("registry"));
        assertThat(EncoderSource.describe(registry)).contains("all-MiniLM-L6-v2");
        String version = EncoderSource.publish(registry, EncoderSource.BILINGUAL, weights, tokenizerFile, student,
                Pooling.MEAN, 64, Map.of("heldout_top1_ko_en", top1After), "test pairs", Map.of());
        registry.promote(EncoderSource.BILINGUAL, version);
        List<String> texts = new ArrayList<>(ENGLISH);
        PAIRS.forEach(p -> texts.add(p.korean()));
        TextEncoderConfig config = TextEncoderConfig.defaults().withCacheSize(0).withMaxLength(64);
        try (TextEncoder loaded = EncoderSource.bilingualOrTeacher(registry, config);
                TextTokenizer tokenizer = TextTokenizer.fromFile(tokenizerFile, 64);
                TextEncoder inMemory = new TextEncoder(new SentenceEncoder(student, Pooling.MEAN, true), tokenizer,
                        config, null)) {
            assertThat(EncoderSource.describe(registry)).isEqualTo("encoder-bilingual v1");
            float[][] a = inMemory.embed(texts);
            float[][] b = loaded.embed(texts);
            for (int i = 0; i < a.length; i++) {
                assertThat(b[i]).as(texts.get(i)).containsExactly(a[i]);
            }
        }
    }

    @Test
    void onnxRuntimeServingMatchesThePyTorchEncoder(@TempDir Path dir) throws Exception {
        Path weights = dir.resolve("encoder.bin");
        EncoderFile.save(student, weights, false);
        List<String> texts = new ArrayList<>(ENGLISH);
        PAIRS.subList(0, 6).forEach(p -> texts.add(p.korean()));
        SentenceEncoder pytorch = new SentenceEncoder(student, Pooling.MEAN, true);
        double maxHidden = 0;
        double maxPooled = 0;
        try (OnnxEncoder live = OnnxEncoder.of(student); OnnxEncoder fromFile = OnnxEncoder.fromEncoderFile(weights)) {
            for (int start = 0; start < texts.size(); start += 4) {
                TokenBatch batch = studentTokenizer.batch(texts.subList(start, Math.min(texts.size(), start + 4)));
                float[][][] a = pytorch.hidden(batch);
                float[][] pa = pytorch.embed(batch);
                for (OnnxEncoder ort : List.of(live, fromFile)) {
                    float[][][] b = ort.hidden(batch);
                    float[][] pb = ort.embed(batch);
                    for (int i = 0; i < batch.size(); i++) {
                        for (int j = 0; j < batch.length(); j++) {
                            if (batch.mask()[i][j] == 0) {
                                continue;
                            }
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
        }
        System.out.printf("ONNX Runtime vs PyTorch, bilingual student: max |diff| hidden %.3g, pooled %.3g%n",
                maxHidden, maxPooled);
        assertThat(maxHidden).isLessThanOrEqualTo(1e-4);
        assertThat(maxPooled).isLessThanOrEqualTo(1e-5);
    }
}
