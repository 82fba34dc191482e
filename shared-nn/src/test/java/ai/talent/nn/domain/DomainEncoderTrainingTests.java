package ai.talent.nn.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import ai.talent.nn.compress.EncoderFile;
import ai.talent.nn.compress.RetrievalScores;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.registry.ModelRegistry;
import ai.talent.nn.text.EncoderChoice;
import ai.talent.nn.text.EncoderSource;
import ai.talent.nn.text.SentenceEncoder;
import ai.talent.nn.text.TextEncoder;
import ai.talent.nn.text.TextEncoderConfig;
import ai.talent.nn.text.TextTokenizer;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.Pooling;
import ai.talent.nn.transformer.PretrainedWeights;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fine-tunes MiniLM on the made-up taxonomy's training occupations once, then checks what it learned on the
 * occupations held out of training, and that the registry gives back the same weights.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DomainEncoderTrainingTests {

    static final long SEED = 21;
    static final Recipe RECIPE = new Recipe(0, 1e-4f, 0.8f, 0.05f, 16, 1, 2);

    private NDManager manager;
    private TextTokenizer tokenizer;
    private BertEncoder encoder;
    private Taxonomy taxonomy;
    private DomainSplit split;
    private RetrievalTask heldOut;
    private RetrievalScores pretrained;
    private RetrievalScores tuned;
    private List<DomainFineTuning.Check> history;

    @BeforeAll
    void fineTuneOnTheTrainingOccupations() throws Exception {
        manager = NnEngine.get().newBaseManager();
        tokenizer = TextTokenizer.fromResource(PretrainedWeights.MINILM_TOKENIZER, 32);
        encoder = PretrainedWeights.miniLm(manager);
        taxonomy = TalentFixture.taxonomy();
        split = DomainSplit.of(taxonomy, 0.2, 0.1, SEED);
        heldOut = RetrievalTask.occupations("held-out titles", taxonomy,
                o -> split.heldOutOccupations().contains(o.id()), o -> true, 0, SEED);
        pretrained = heldOut.score(embed());
        DomainPairs pairs = DomainPairs.build(taxonomy, split.trainsOn(), split.trainsOnSkill(),
                new DomainPairs.Settings(0, false, 0), SEED);
        DomainFineTuning.Checks checks = new DomainFineTuning.Checks(RetrievalTask.occupations("dev titles",
                taxonomy, o -> split.devOccupations().contains(o.id()),
                o -> !split.heldOutOccupations().contains(o.id()), 0, SEED), null, null);
        history = DomainFineTuning.train(encoder, tokenizer, pairs, RECIPE,
                new DomainFineTuning.Schedule(20, 10, 10, Double.POSITIVE_INFINITY), checks, SEED, c -> { });
        tuned = heldOut.score(embed());
        System.out.printf("held-out titles (%d queries over %d occupations): MRR@10 pretrained %.4f -> tuned %.4f; "
                + "dev checks %s%n", heldOut.queries().size(), heldOut.candidates().size(), pretrained.mrr10(),
                tuned.mrr10(), history.stream().map(c -> String.format("%.3f", c.titleMrr10())).toList());
    }

    @AfterAll
    void close() {
        tokenizer.close();
        manager.close();
    }

    @Test
    void fineTuningRaisesTitleRetrievalOnOccupationsItNeverSaw() {
        assertThat(heldOut.queries()).hasSize(30);
        assertThat(tuned.mrr10()).isGreaterThan(pretrained.mrr10() + 0.1);
        assertThat(tuned.recall10()).isGreaterThanOrEqualTo(pretrained.recall10());
        assertThat(history.get(history.size() - 1).titleMrr10()).isGreaterThan(history.get(0).titleMrr10());
    }

    @Test
    void theRegistryGivesBackTheTunedWeightsAndVectors(@TempDir Path dir) throws Exception {
        Path weights = dir.resolve("encoder.bin");
        EncoderFile.save(encoder, weights, false);
        Path tokenizerFile = dir.resolve("tokenizer.json");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(PretrainedWeights.MINILM_TOKENIZER)) {
            Files.copy(in, tokenizerFile);
        }
        ModelRegistry registry = new ModelRegistry(dir.resolve("registry"));
        String version = EncoderSource.publish(registry, EncoderSource.DOMAIN, weights, tokenizerFile, encoder,
                Pooling.MEAN, 32, Map.of("dev_title_mrr10", tuned.mrr10()), "fixture", Map.of());
        registry.promote(EncoderSource.DOMAIN, version);

        try (NDManager m = NnEngine.get().newBaseManager()) {
            BertEncoder loaded = EncoderFile.load(registry.loadCurrent(EncoderSource.DOMAIN, EncoderSource.EXPECTATION)
                    .file(EncoderSource.WEIGHTS), m, false);
            Map<String, ai.djl.nn.Parameter> expected = encoder.namedParameters();
            assertThat(loaded.namedParameters().keySet()).isEqualTo(expected.keySet());
            // Arrays.equals, not containsExactly: assertj's element diff is quadratic on the 11M-float word table.
            loaded.namedParameters().forEach((name, p) -> assertThat(Arrays.equals(p.getArray().toFloatArray(),
                    expected.get(name).getArray().toFloatArray())).as(name).isTrue());
        }
        List<String> texts = List.of("metal press minder", "glass forming gaffer", "speak Korean");
        float[][] direct = embed().apply(texts);
        try (TextEncoder served = EncoderSource.load(registry, EncoderChoice.parse("domain"),
                TextEncoderConfig.defaults().withCacheSize(0).withMaxLength(32))) {
            float[][] vectors = served.embed(texts);
            for (int i = 0; i < texts.size(); i++) {
                for (int k = 0; k < direct[i].length; k++) {
                    assertThat(vectors[i][k]).isCloseTo(direct[i][k], within(1e-5f));
                }
            }
        }
        assertThat(EncoderSource.describe(registry, EncoderChoice.DOMAIN)).isEqualTo("encoder-domain " + version);
    }

    @Test
    void anEncoderChoiceTheRegistryLacksIsAClearError(@TempDir Path dir) {
        ModelRegistry empty = new ModelRegistry(dir);

        assertThatThrownBy(() -> EncoderSource.load(empty, EncoderChoice.DOMAIN_BILINGUAL, TextEncoderConfig.defaults()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("encoder-domain-bilingual")
                .hasMessageContaining("./talent train encoder-domain --base bilingual");
        assertThatThrownBy(() -> EncoderChoice.parse("domain-korean")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("teacher | bilingual | domain | domain-bilingual");
    }

    private Function<List<String>, float[][]> embed() {
        SentenceEncoder sentences = new SentenceEncoder(encoder, Pooling.MEAN, true);
        return texts -> sentences.embed(tokenizer.batch(texts));
    }
}
