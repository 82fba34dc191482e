package ai.talent.matching.text;

import ai.talent.nn.registry.ModelRegistry;
import ai.talent.nn.registry.PublishedModel;
import ai.talent.nn.text.EncoderSelection;
import ai.talent.nn.text.EncoderSource;
import ai.talent.nn.text.SentenceChunker;
import ai.talent.nn.text.InferenceEngine;
import ai.talent.nn.text.SentenceEncoder;
import ai.talent.nn.text.TextEncoder;
import ai.talent.nn.text.TextEncoderConfig;
import ai.talent.nn.text.TextTokenizer;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.Pooling;
import ai.talent.nn.transformer.PretrainedWeights;
import ai.talent.nn.compress.EncoderFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.io.UncheckedIOException;
import org.jboss.logging.Logger;

/**
 * Where matching's towers come from: the fine-tuned encoder that {@code ./talent train matching-encoder} promoted in
 * the model registry, else the suite's chosen encoder as it is ({@link TowerBase}: {@code talent.encoder.choice},
 * all-MiniLM-L6-v2 from its Maven artifact on a fresh clone), or any other sentence encoder the registry holds. A
 * published encoder is shared-nn's {@link EncoderSource} layout: an encoder file and its tokenizer, of model type
 * {@code sentence-encoder}.
 */
public final class MatchEncoders {

    /** The registry name of matching's fine-tuned encoder. */
    public static final String MODEL = "matching-encoder";
    public static final String MODEL_TYPE = EncoderSource.MODEL_TYPE;
    public static final String WEIGHTS = EncoderSource.WEIGHTS;
    public static final String TOKENIZER = EncoderSource.TOKENIZER;
    public static final String PRETRAINED = EncoderSelection.TEACHER_NAME;
    private static final Logger LOG = Logger.getLogger(MatchEncoders.class);

    private MatchEncoders() {
    }

    /**
     * The encoder a source names: {@code auto} (the promoted {@value #MODEL}, which was fine-tuned from a base, else
     * the base as it is), {@code base} (the base as it is), or {@code registry:<model>} (the promoted version of
     * another published sentence encoder). {@code registry} may be null (then only the base is available).
     */
    public static ChunkedEncoder load(String source, TowerBase base, ModelRegistry registry, EncoderSettings settings) {
        if (source.equals("base")) {
            return base.serving(settings);
        }
        if (source.equals("auto")) {
            if (registry == null || registry.currentVersion(MODEL) == null) {
                LOG.infof("No promoted %s in the model registry: the towers use their base, %s", MODEL,
                        base.selection().description());
                return base.serving(settings);
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
        throw new IllegalArgumentException("matching.encoder.source must be auto, base or registry:<model>, was "
                + source);
    }

    /** all-MiniLM-L6-v2 as published (no fine-tuning). */
    public static ChunkedEncoder pretrained(EncoderSettings settings) {
        return serving(EncoderSelection.teacher(), settings);
    }

    /** A selected encoder as it is, served on the configured engine. */
    public static ChunkedEncoder serving(EncoderSelection selection, EncoderSettings settings) {
        TextEncoder encoder = selection.load(config(settings));
        return new ChunkedEncoder(encoder, SentenceChunker.of(selection, settings.chunkTokens()), selection.id());
    }

    /**
     * The promoted version of a published sentence encoder (checksums verified), with its own tokenizer: matching's
     * fine-tuned encoder, or another one such as the bilingual student.
     */
    public static ChunkedEncoder fromRegistry(ModelRegistry registry, String model, EncoderSettings settings) {
        PublishedModel published = registry.loadCurrent(model, EncoderSource.EXPECTATION);
        Object base = published.config().params().get("base");
        LOG.infof("The towers use %s %s%s from %s on %s", model, published.version(),
                base == null ? "" : " (fine-tuned from " + base + ")", registry.root(), settings.engine());
        return fromFiles(published.file(WEIGHTS), published.file(TOKENIZER), model + " " + published.version(),
                settings);
    }

    /** An encoder file and its tokenizer, served on the configured engine. */
    public static ChunkedEncoder fromFiles(Path weights, Path tokenizer, String name, EncoderSettings settings) {
        TextEncoder encoder = EncoderSource.fromFiles(weights, tokenizer, config(settings));
        try {
            return new ChunkedEncoder(encoder, new SentenceChunker(TextTokenizer.fromFile(tokenizer,
                    SentenceChunker.COUNTER_LIMIT), settings.chunkTokens()), name);
        } catch (IOException e) {
            closeQuietly(encoder);
            throw new UncheckedIOException("the tokenizer " + tokenizer + " could not be loaded: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // the load failure is what the caller needs to see
        }
    }

    /**
     * A just-trained encoder served like a published one (on the configured engine): its weights and its base's
     * tokenizer are written to a temporary folder and loaded from there.
     */
    public static ChunkedEncoder servingCopy(BertEncoder bert, TowerBase base, String name, EncoderSettings settings) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("matching-encoder");
            Path weights = dir.resolve(WEIGHTS);
            EncoderFile.save(bert, weights, false);
            Path tokenizer = tokenizerOf(base, dir.resolve(TOKENIZER));
            return fromFiles(weights, tokenizer, name, settings);
        } catch (IOException e) {
            throw new UncheckedIOException("could not serve the trained encoder: " + e.getMessage(), e);
        } finally {
            deleteQuietly(dir);
        }
    }

    /** The base's tokenizer.json written to {@code file}. */
    public static Path tokenizerOf(TowerBase base, Path file) throws IOException {
        if (base.isMiniLm()) {
            return writeMiniLmTokenizer(file);
        }
        Files.copy(base.tokenizer(), file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    /** MiniLM's tokenizer.json (from its Maven artifact) written to {@code file}. */
    public static Path writeMiniLmTokenizer(Path file) throws IOException {
        try (InputStream in = TextTokenizer.class.getClassLoader()
                .getResourceAsStream(PretrainedWeights.MINILM_TOKENIZER)) {
            if (in == null) {
                throw new IOException("MiniLM's tokenizer is not on the class path");
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }

    static TextEncoderConfig config(EncoderSettings settings) {
        return TextEncoderConfig.defaults().withMaxLength(settings.chunkTokens()).withBatchSize(settings.batchSize())
                .withCacheSize(settings.cacheSize()).withEngine(settings.engine());
    }

    /** Pooling of every tower: mean over real tokens, unit length. */
    public static Pooling pooling() {
        return Pooling.MEAN;
    }
}
