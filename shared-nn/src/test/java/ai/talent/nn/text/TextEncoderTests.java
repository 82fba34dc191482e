package ai.talent.nn.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.Pooling;
import ai.talent.nn.transformer.PretrainedWeights;
import ai.talent.nn.transformer.TransformerConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TextEncoderTests {

    static final List<String> TEXTS = List.of("Kotlin developer", "서울 React 개발자 5년 이상",
            "a much longer sentence about a freelance translator who works on legal contracts every week",
            "UX", "designer", "데이터 분석가", "Senior Java engineer with Spring Boot and Kafka");

    /**
     * RSS growth the leak probe may show from JIT and allocator caches settling (13-27 MB measured); even one
     * leaked 256-byte array per inference shows as about 70 MB, one leaked hidden state as over 300 MB.
     */
    static final long RSS_BOUND_MB = 48;

    static NDManager manager;
    static TextTokenizer tokenizer;
    static SentenceEncoder tiny;

    @BeforeAll
    static void setUp() throws Exception {
        manager = NnEngine.get().newBaseManager();
        TransformerConfig config = TransformerConfig.tiny(30522, 32, 4, 2, 128);
        BertEncoder bert = PretrainedWeights.randomEncoder(config, manager);
        bert.freezeParameters(true);
        tiny = new SentenceEncoder(bert, Pooling.MEAN, true);
        tokenizer = TextTokenizer.fromResource(PretrainedWeights.MINILM_TOKENIZER, 64);
    }

    @AfterAll
    static void tearDown() {
        tokenizer.close();
        manager.close();
    }

    private static TextEncoder encoder(TextEncoderConfig config) {
        return new TextEncoder(tiny, tokenizer, config, null);
    }

    private static TextEncoderConfig config() {
        return new TextEncoderConfig(64, 3, 100, 2, Pooling.MEAN, true);
    }

    @Test
    void batchedLengthSortedResultsComeBackInCallerOrderAndEqualSingleTextResults() throws Exception {
        try (TextEncoder enc = encoder(config().withCacheSize(0))) {
            float[][] batched = enc.embed(TEXTS);
            for (int i = 0; i < TEXTS.size(); i++) {
                float[] single = enc.embed(TEXTS.get(i));
                for (int k = 0; k < single.length; k++) {
                    assertThat(batched[i][k]).isCloseTo(single[k], within(1e-5f));
                }
            }
            assertThat(batched[0]).isNotEqualTo(batched[1]);
        }
    }

    @Test
    void embeddingsAreUnitVectorsOfTheEncoderWidth() throws Exception {
        try (TextEncoder enc = encoder(config())) {
            float[] v = enc.embed("freelance translator");
            double norm = 0;
            for (float x : v) {
                norm += x * x;
            }
            assertThat(v).hasSize(32);
            assertThat(Math.sqrt(norm)).isCloseTo(1.0, within(1e-5));
        }
    }

    @Test
    void cacheReturnsTheSameVectorsAndStaysBounded() throws Exception {
        TextEncoderConfig small = config().withCacheSize(3);
        try (TextEncoder enc = encoder(small)) {
            float[][] first = enc.embed(TEXTS);
            assertThat(enc.cachedTexts()).isEqualTo(3);
            float[] again = enc.embed(TEXTS.get(TEXTS.size() - 1));
            assertThat(again).containsExactly(first[TEXTS.size() - 1]);
            again[0] = 42f;
            assertThat(enc.embed(TEXTS.get(TEXTS.size() - 1))[0]).isNotEqualTo(42f);
        }
    }

    @Test
    void concurrentCallersGetTheSameVectorsAsOneCaller() throws Exception {
        try (TextEncoder enc = encoder(config().withCacheSize(0))) {
            float[][] expected = enc.embed(TEXTS);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<float[][]>> futures = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    futures.add(pool.submit(() -> enc.embed(TEXTS)));
                }
                for (Future<float[][]> f : futures) {
                    float[][] got = f.get();
                    for (int i = 0; i < expected.length; i++) {
                        for (int k = 0; k < expected[i].length; k++) {
                            assertThat(got[i][k]).isCloseTo(expected[i][k], within(1e-5f));
                        }
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void tenThousandInferencesDoNotLeakNativeMemoryOrArrays() throws Exception {
        // a child JVM with a fixed pre-touched heap: its RSS can grow only through native memory, and memory
        // that other tests in this JVM allocate or free cannot blur the figure
        int inferences = 10_000;
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xms96m", "-Xmx96m", "-XX:+AlwaysPreTouch",
                "-cp", System.getProperty("java.class.path"), LeakProbe.class.getName(), String.valueOf(inferences))
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(output).isZero();
        long growthKb = figure(output, "RSS_GROWTH_KB")[0];
        long[] arrays = figure(output, "LIVE_ARRAYS");
        long hiddenBytes = figure(output, "HIDDEN_STATE_BYTES")[0];
        long boundKb = RSS_BOUND_MB * 1024;
        long oneLeakPerInferenceKb = hiddenBytes * inferences / 1024;
        System.out.printf("%d inferences (child JVM, fixed heap): RSS growth %d MB (bound %d MB); live NDArrays %d -> %d;"
                + " leaking one hidden state per inference would add %d MB%n", inferences, growthKb / 1024,
                RSS_BOUND_MB, arrays[0], arrays[1], oneLeakPerInferenceKb / 1024);
        // the bound must be far below what one leaked output array per inference would cost
        assertThat(oneLeakPerInferenceKb).isGreaterThan(3 * boundKb);
        assertThat(growthKb).isLessThan(boundKb);
        // a leak of any size leaves one more live array per inference
        assertThat(arrays[1]).as("live NDArrays after the inferences").isLessThanOrEqualTo(arrays[0] + 5);
    }

    private static long[] figure(String output, String name) {
        String line = output.lines().filter(l -> l.startsWith(name + " ")).findFirst().orElseThrow(
                () -> new AssertionError("leak probe printed no " + name + ":\n" + output));
        String[] parts = line.substring(name.length()).trim().split(" ");
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Long.parseLong(parts[i]);
        }
        return values;
    }
}
