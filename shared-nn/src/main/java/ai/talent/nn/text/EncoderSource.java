package ai.talent.nn.text;

import ai.djl.ndarray.NDManager;
import ai.talent.nn.compress.EncoderFile;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.onnx.OnnxEncoder;
import ai.talent.nn.registry.ModelArtifact;
import ai.talent.nn.registry.ModelConfig;
import ai.talent.nn.registry.ModelExpectation;
import ai.talent.nn.registry.ModelRegistry;
import ai.talent.nn.registry.PublishedModel;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.Pooling;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How sentence encoders are published into and loaded from a model registry. A service does not choose here: it
 * resolves the suite's one configured choice with {@link EncoderSelection} and loads that:
 *
 * <pre>{@code
 * EncoderSelection chosen = EncoderSelection.resolve(EncoderChoice.parse("auto"), registryRoot);
 * TextEncoder encoder = chosen.load(TextEncoderConfig.defaults());   // chosen.description(), chosen.readsHangul()
 * }</pre>
 *
 * A published encoder is two files, {@value #WEIGHTS} (an {@link EncoderFile}) and {@value #TOKENIZER} (a
 * HuggingFace tokenizer), with model type {@value #MODEL_TYPE}; both vectors spaces are the teacher's, so a
 * service can switch between them without re-training what sits on top, but not mix vectors of both in one index.
 */
public final class EncoderSource {

    /** The registry name of the bilingual student. */
    public static final String BILINGUAL = "encoder-bilingual";
    /** The registry name of MiniLM fine-tuned on the talent taxonomies. */
    public static final String DOMAIN = "encoder-domain";
    /** The registry name of the bilingual student fine-tuned on the talent taxonomies. */
    public static final String DOMAIN_BILINGUAL = "encoder-domain-bilingual";
    /** Model type in a published encoder's config.json. */
    public static final String MODEL_TYPE = "sentence-encoder";
    public static final String WEIGHTS = "encoder.bin";
    public static final String TOKENIZER = "tokenizer.json";
    /** What a service expects of a published encoder: a 384-d sentence encoder. */
    public static final ModelExpectation EXPECTATION = new ModelExpectation(MODEL_TYPE, null, new long[] {384});

    private EncoderSource() {
    }

    /** The promoted bilingual student, or MiniLM when {@code registry} is null or has none promoted. */
    public static TextEncoder bilingualOrTeacher(ModelRegistry registry, TextEncoderConfig config) {
        return registry == null ? TextEncoder.miniLm(config)
                : EncoderSelection.resolve(EncoderChoice.BILINGUAL, registry).load(config);
    }

    /**
     * The encoder a configuration names, strictly (for tools that compare named encoders): the built-in teacher, or
     * the promoted version of a registry model (checksums verified); {@code auto} is resolved as the services resolve
     * it. A named choice the registry does not hold is an error naming the command that trains it; the services use
     * {@link EncoderSelection#resolve}, which falls back to the teacher instead.
     */
    public static TextEncoder load(ModelRegistry registry, EncoderChoice choice, TextEncoderConfig config) {
        if (choice == EncoderChoice.TEACHER) {
            return TextEncoder.miniLm(config);
        }
        if (choice == EncoderChoice.AUTO) {
            return registry == null ? TextEncoder.miniLm(config) : EncoderSelection.resolve(choice, registry).load(config);
        }
        if (registry == null || registry.currentVersion(choice.registryName()) == null) {
            throw new IllegalStateException("encoder '" + choice.key() + "' is configured but no " + choice.registryName()
                    + " is promoted in the model registry" + (registry == null ? "" : " at " + registry.root())
                    + "; train it with " + choice.trainedBy() + " or configure another encoder");
        }
        return fromRegistry(registry, choice.registryName(), config);
    }

    /** What {@link #load} loads for a named choice: {@code encoder-domain v2}, or the teacher. */
    public static String describe(ModelRegistry registry, EncoderChoice choice) {
        if (choice == EncoderChoice.TEACHER) {
            return EncoderSelection.TEACHER_NAME + " (pretrained, English)";
        }
        if (choice == EncoderChoice.AUTO) {
            return EncoderSelection.resolve(choice, registry).description();
        }
        String version = registry == null ? null : registry.currentVersion(choice.registryName());
        return choice.registryName() + " " + (version == null ? "(not promoted)" : version);
    }

    /** The name of what {@link #bilingualOrTeacher} would load: {@code encoder-bilingual vN} or the teacher. */
    public static String describe(ModelRegistry registry) {
        if (registry == null) {
            return EncoderSelection.TEACHER_NAME + " (pretrained, English)";
        }
        EncoderSelection s = EncoderSelection.resolve(EncoderChoice.BILINGUAL, registry);
        return s.isTeacher() ? EncoderSelection.TEACHER_NAME + " (pretrained, English)" : s.id();
    }

    /** The promoted version of a published encoder, checksums verified. */
    public static TextEncoder fromRegistry(ModelRegistry registry, String model, TextEncoderConfig config) {
        PublishedModel published = registry.loadCurrent(model, EXPECTATION);
        return fromFiles(published.file(WEIGHTS), published.file(TOKENIZER), config);
    }

    /**
     * An encoder from its two files, frozen for inference, on the configured engine (ONNX Runtime reads the file
     * without loading PyTorch at all).
     */
    public static TextEncoder fromFiles(Path weights, Path tokenizerFile, TextEncoderConfig config) {
        if (config.engine() == InferenceEngine.ONNX_RUNTIME) {
            try {
                TextTokenizer tokenizer = TextTokenizer.fromFile(tokenizerFile, config.maxLength());
                TextEncoder encoder = TextEncoder.onOnnxRuntime(OnnxEncoder.fromEncoderFile(weights), tokenizer, config,
                        tokenizer);
                NnEngine.trimNativeMemory();
                return encoder;
            } catch (Exception e) { // IOException or OrtException (not named: ONNX Runtime is an optional dependency)
                throw new IllegalStateException("encoder " + weights + " could not be loaded on ONNX Runtime: "
                        + e.getMessage(), e);
            }
        }
        NDManager manager = NnEngine.get().newBaseManager();
        try {
            BertEncoder bert = EncoderFile.load(weights, manager, false);
            bert.freezeParameters(true);
            TextTokenizer tokenizer = TextTokenizer.fromFile(tokenizerFile, config.maxLength());
            TextEncoder encoder = new TextEncoder(new SentenceEncoder(bert, config.pooling(), config.normalize()),
                    tokenizer, config, () -> {
                        tokenizer.close();
                        manager.close();
                    });
            NnEngine.trimNativeMemory();
            return encoder;
        } catch (IOException e) {
            manager.close();
            throw new UncheckedIOException("encoder " + weights + " could not be loaded: " + e.getMessage(), e);
        }
    }

    /**
     * Publishes an encoder's two files under {@code model} and returns the new version (not promoted). The
     * config records pooling, the token limit it was trained with and the vocabulary size.
     */
    public static String publish(ModelRegistry registry, String model, Path weights, Path tokenizerFile,
            BertEncoder encoder, Pooling pooling, int maxLength, Map<String, Double> metrics, String fingerprint,
            Map<String, Object> extra) {
        Map<String, Object> params = new LinkedHashMap<>(extra);
        params.put("pooling", pooling.name());
        params.put("normalize", true);
        params.put("maxLength", maxLength);
        params.put("vocabSize", encoder.config().vocabSize());
        params.put("layers", encoder.config().layers());
        ModelConfig config = new ModelConfig(MODEL_TYPE, new long[] {-1},
                new long[] {encoder.config().hidden()}, params);
        return registry.publish(model, new ModelArtifact(Map.of(WEIGHTS, weights, TOKENIZER, tokenizerFile), config,
                metrics, fingerprint));
    }
}
