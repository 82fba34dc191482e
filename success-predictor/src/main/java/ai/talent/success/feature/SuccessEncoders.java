package ai.talent.success.feature;

import ai.talent.nn.registry.ModelRegistry;
import ai.talent.nn.text.EncoderChoice;
import ai.talent.nn.text.EncoderSelection;
import ai.talent.nn.text.TextEncoderConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The sentence encoders the success model's two text columns are embedded with, by id
 * ({@link EncoderSelection#id()}), each loaded once and shared. A trained model names its encoder in its spec and is
 * served with exactly that one ({@link #embedder}); a new model is trained with the suite's choice as it resolves at
 * that moment ({@link #choice}): {@code auto} takes the best encoder the registry has promoted (the bilingual
 * student reads the Korean half of the marketplace that MiniLM reads as unknown pieces), else MiniLM.
 */
public final class SuccessEncoders implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SuccessEncoders.class);

    private final ModelRegistry registry;
    private final EncoderChoice choice;
    private final int cacheSize;
    private final Map<String, EncoderEmbedder> loaded = new ConcurrentHashMap<>();

    /**
     * @param registry  the model registry the encoders are published in (need not exist: then only MiniLM)
     * @param choice    what a new model is trained with ({@code talent.encoder.choice})
     * @param cacheSize embeddings each encoder keeps
     */
    public SuccessEncoders(Path registry, EncoderChoice choice, int cacheSize) {
        this.registry = new ModelRegistry(registry);
        this.choice = choice;
        this.cacheSize = cacheSize;
    }

    /** The encoder a new model is trained with: the configured choice resolved against the registry now. */
    public EncoderSelection choice() {
        return EncoderSelection.resolve(choice, registry);
    }

    /**
     * Checks that the encoder an id names can be loaded, without loading it.
     *
     * @throws IllegalStateException when the registry does not hold it
     */
    public EncoderSelection require(String id) {
        return EncoderSelection.named(id, registry);
    }

    /** The encoder an id names, loaded on first use. */
    public TextEmbedder embedder(String id) {
        EncoderEmbedder e = loaded.get(id);
        if (e != null) {
            return e;
        }
        synchronized (loaded) {
            return loaded.computeIfAbsent(id, k -> {
                EncoderSelection s = require(k);
                LOG.infof("success texts embedded with %s", s.description());
                return open(s, cacheSize);
            });
        }
    }

    /** A selection's encoder as an embedder, texts cut at {@link MiniLmEmbedder#MAX_TOKENS} word pieces. */
    public static EncoderEmbedder open(EncoderSelection selection, int cacheSize) {
        return selection.isTeacher() ? new MiniLmEmbedder(cacheSize)
                : new EncoderEmbedder(selection.load(TextEncoderConfig.defaults()
                .withMaxLength(MiniLmEmbedder.MAX_TOKENS).withCacheSize(cacheSize)), selection.id());
    }

    @Override
    public void close() {
        for (EncoderEmbedder e : loaded.values()) {
            try {
                e.close();
            } catch (Exception ex) {
                LOG.warnf("closing the encoder %s: %s", e.encoderId(), ex.getMessage());
            }
        }
        loaded.clear();
    }
}
