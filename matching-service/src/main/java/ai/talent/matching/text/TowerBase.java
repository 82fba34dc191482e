package ai.talent.matching.text;

import ai.djl.ndarray.NDManager;
import ai.talent.nn.compress.EncoderFile;
import ai.talent.nn.registry.ModelRegistry;
import ai.talent.nn.registry.PublishedModel;
import ai.talent.nn.text.EncoderSource;
import ai.talent.nn.text.TextTokenizer;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.PretrainedWeights;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The encoder the towers are fine-tuned from: all-MiniLM-L6-v2 from its Maven artifact, or a sentence encoder the
 * model registry holds — the bilingual (Korean–English) student grown from MiniLM, whose vocabulary reads Hangul.
 * {@code weights} and {@code tokenizer} are null for MiniLM.
 */
public record TowerBase(String name, Path weights, Path tokenizer) {

    public static TowerBase miniLm() {
        return new TowerBase(MatchEncoders.PRETRAINED, null, null);
    }

    /**
     * {@code auto}: the promoted bilingual student when the registry has one, else MiniLM; {@code pretrained}:
     * MiniLM; {@code registry:<model>}: that model's promoted version.
     */
    public static TowerBase choose(String base, ModelRegistry registry) {
        if (base.equals("pretrained")) {
            return miniLm();
        }
        if (base.equals("auto")) {
            return registry != null && registry.currentVersion(EncoderSource.BILINGUAL) != null
                    ? fromRegistry(registry, EncoderSource.BILINGUAL) : miniLm();
        }
        if (base.startsWith("registry:")) {
            String model = base.substring("registry:".length());
            if (registry == null || registry.currentVersion(model) == null) {
                throw new IllegalArgumentException("the base encoder " + model
                        + " has no promoted version in the model registry");
            }
            return fromRegistry(registry, model);
        }
        throw new IllegalArgumentException("a base encoder is auto, pretrained or registry:<model>, not " + base);
    }

    static TowerBase fromRegistry(ModelRegistry registry, String model) {
        PublishedModel published = registry.loadCurrent(model, EncoderSource.EXPECTATION);
        return new TowerBase(model + " " + published.version(), published.file(MatchEncoders.WEIGHTS),
                published.file(MatchEncoders.TOKENIZER));
    }

    public boolean isMiniLm() {
        return weights == null;
    }

    /** A trainable copy of the base's weights, in {@code manager}. */
    public BertEncoder load(NDManager manager) {
        try {
            return isMiniLm() ? PretrainedWeights.miniLm(manager) : EncoderFile.load(weights, manager, false);
        } catch (IOException e) {
            throw new UncheckedIOException("the base encoder " + name + " could not be loaded: " + e.getMessage(), e);
        }
    }

    public TextTokenizer tokenizer(int maxLength) {
        try {
            return isMiniLm() ? TextTokenizer.fromResource(PretrainedWeights.MINILM_TOKENIZER, maxLength)
                    : TextTokenizer.fromFile(tokenizer, maxLength);
        } catch (IOException e) {
            throw new UncheckedIOException("the tokenizer of " + name + " could not be loaded: " + e.getMessage(), e);
        }
    }

    /** The base as it is, served for the towers (no fine-tuning). */
    public ChunkedEncoder serving(EncoderSettings settings) {
        if (isMiniLm()) {
            return MatchEncoders.pretrained(settings);
        }
        return MatchEncoders.fromFiles(weights, tokenizer, name, settings);
    }
}
