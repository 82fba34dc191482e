package ai.talent.matching.text;

import ai.djl.ndarray.NDManager;
import ai.talent.nn.compress.EncoderFile;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.registry.ModelExpectation;
import ai.talent.nn.registry.ModelRegistry;
import ai.talent.nn.registry.PublishedModel;
import ai.talent.nn.text.SentenceEncoder;
import ai.talent.nn.text.TextEncoder;
import ai.talent.nn.text.TextEncoderConfig;
import ai.talent.nn.text.TextTokenizer;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.Pooling;
import ai.talent.nn.transformer.PretrainedWeights;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * Where matching's towers come from: the fine-tuned encoder that {@code ./talent train matching-encoder}
 * promoted in the model registry, or — on a fresh clone, or when asked — the pretrained all-MiniLM-L6-v2 from its
 * Maven artifact. A published encoder is an {@link EncoderFile} ({@value #WEIGHTS}) and its tokenizer
 * ({@value #TOKENIZER}) of model type {@value #MODEL_TYPE}, the layout shared-nn's other sentence encoders use.
 */
public final class MatchEncoders {

    /** The registry name of matching's fine-tuned encoder. */
    public static final String MODEL = "matching-encoder";
    public static final String MODEL_TYPE = "sentence-encoder";
    public static final String WEIGHTS = "encoder.bin";
    public static final String TOKENIZER = "tokenizer.json";
    public static final String PRETRAINED = "all-MiniLM-L6-v2";
    static final ModelExpectation EXPECTATION = new ModelExpectation(MODEL_TYPE, null, new long[] {384});
    private static final int COUNTER_LIMIT = 512;
    private static final Logger LOG = Logger.getLogger(MatchEncoders.class);

    private MatchEncoders() {
    }

    /**
     * The encoder a source names: {@code auto} (the promoted {@value #MODEL}, else the pretrained MiniLM),
     * {@code pretrained}, or {@code registry:<model>} (the promoted version of another published sentence encoder,
     * e.g. a bilingual one). {@code registry} may be null (then only the pretrained encoder is available).
     */
    public static ChunkedEncoder load(String source, ModelRegistry registry, EncoderSettings settings) {
        if (source.equals("pretrained")) {
            return pretrained(settings);
        }
        if (source.equals("auto")) {
            if (registry == null || registry.currentVersion(MODEL) == null) {
                LOG.infof("No promoted %s in the model registry: the towers use the pretrained %s", MODEL, PRETRAINED);
                return pretrained(settings);
            }
            return fromRegistry(registry, MODEL, settings);
        }
        if (source.startsWith("registry:")) {
            String model = source.substring("registry:".length());
            if (registry == null || registry.currentVersion(model) == null) {
                throw new IllegalStateException("matching.encoder.source names " + model
                        + " but the model registry has no promoted version of it");
            }
            return fromRegistry(registry, model, settings);
        }
        throw new IllegalArgumentException("matching.encoder.source must be auto, pretrained or registry:<model>, was "
                + source);
    }

    /** all-MiniLM-L6-v2 as published (no fine-tuning). */
    public static ChunkedEncoder pretrained(EncoderSettings settings) {
        TextEncoder encoder = TextEncoder.miniLm(config(settings));
        return new ChunkedEncoder(encoder, counter(), settings.chunkTokens(), PRETRAINED);
    }

    /** The promoted version of a published encoder, checksums verified. */
    public static ChunkedEncoder fromRegistry(ModelRegistry registry, String model, EncoderSettings settings) {
        PublishedModel published = registry.loadCurrent(model, EXPECTATION);
        NDManager manager = NnEngine.get().newBaseManager();
        try {
            BertEncoder bert = EncoderFile.load(published.file(WEIGHTS), manager, false);
            ChunkedEncoder encoder = wrap(bert, manager, model + " " + published.version(), settings);
            LOG.infof("The towers use %s %s from %s", model, published.version(), registry.root());
            return encoder;
        } catch (IOException e) {
            manager.close();
            throw new UncheckedIOException("encoder " + model + " " + published.version() + " could not be loaded: "
                    + e.getMessage(), e);
        }
    }

    /** An encoder file (e.g. just trained), read for serving. */
    public static ChunkedEncoder fromFile(Path weights, String name, EncoderSettings settings) {
        NDManager manager = NnEngine.get().newBaseManager();
        try {
            return wrap(EncoderFile.load(weights, manager, false), manager, name, settings);
        } catch (IOException e) {
            manager.close();
            throw new UncheckedIOException("encoder " + weights + " could not be loaded: " + e.getMessage(), e);
        }
    }

    /**
     * Serves a BERT encoder held in memory; its parameters are frozen (inference only). {@code owned} is closed with
     * the returned encoder (may be null).
     */
    public static ChunkedEncoder wrap(BertEncoder bert, AutoCloseable owned, String name, EncoderSettings settings) {
        bert.freezeParameters(true);
        TextEncoderConfig config = config(settings);
        try {
            TextTokenizer tokenizer = TextTokenizer.fromResource(PretrainedWeights.MINILM_TOKENIZER,
                    config.maxLength());
            TextEncoder encoder = new TextEncoder(new SentenceEncoder(bert, config.pooling(), config.normalize()),
                    tokenizer, config, () -> {
                        tokenizer.close();
                        if (owned != null) {
                            owned.close();
                        }
                    });
            return new ChunkedEncoder(encoder, counter(), settings.chunkTokens(), name);
        } catch (IOException e) {
            throw new UncheckedIOException("MiniLM's tokenizer could not be loaded: " + e.getMessage(), e);
        }
    }

    static TextEncoderConfig config(EncoderSettings settings) {
        return TextEncoderConfig.defaults().withMaxLength(settings.chunkTokens()).withBatchSize(settings.batchSize())
                .withCacheSize(settings.cacheSize());
    }

    static TextTokenizer counter() {
        try {
            return TextTokenizer.fromResource(PretrainedWeights.MINILM_TOKENIZER, COUNTER_LIMIT);
        } catch (IOException e) {
            throw new UncheckedIOException("MiniLM's tokenizer could not be loaded: " + e.getMessage(), e);
        }
    }

    /** Pooling of every tower: mean over real tokens, unit length. */
    public static Pooling pooling() {
        return Pooling.MEAN;
    }
}
