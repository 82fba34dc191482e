package ai.talent.tutoring.portfolio;

import ai.talent.nn.registry.ModelRegistry;
import ai.talent.nn.text.EncoderChoice;
import ai.talent.nn.text.EncoderSource;
import ai.talent.nn.text.TextEncoder;
import ai.talent.nn.text.TextEncoderConfig;
import ai.talent.service.state.StateConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The shared sentence encoder for case-study selection: by default all-MiniLM-L6-v2 from its Maven artifact (no
 * download); {@code tutoring.portfolio.encoder} may name a registry model instead (the bilingual student reads
 * Korean project texts and roles far better), looked up in the service's registry ({@code <state dir>/models}).
 * Loaded on the first portfolio request, cached embeddings after that (a project's text is embedded once).
 */
@ApplicationScoped
public class PortfolioEncoder implements TextVectors {

    private static final Logger LOG = Logger.getLogger(PortfolioEncoder.class);
    /** Project texts are a title, the start of a description and skill names: 128 word pieces hold them. */
    static final int MAX_TOKENS = 128;

    private final EncoderChoice choice;
    private final ModelRegistry registry;
    private volatile TextEncoder encoder;

    public PortfolioEncoder(PortfolioConfig config, StateConfig state) {
        this.choice = EncoderChoice.parse(config.encoder());
        this.registry = new ModelRegistry(state.dir().resolve("models"));
    }

    @Override
    public float[][] embed(List<String> texts) {
        return encoder().embed(texts);
    }

    /** What is (or will be) loaded, e.g. {@code all-MiniLM-L6-v2 (pretrained, English)}. */
    public String describe() {
        return EncoderSource.describe(registry, choice);
    }

    private TextEncoder encoder() {
        TextEncoder e = encoder;
        if (e == null) {
            synchronized (this) {
                if (encoder == null) {
                    encoder = EncoderSource.load(registry, choice,
                            TextEncoderConfig.defaults().withMaxLength(MAX_TOKENS));
                    LOG.infof("Portfolio encoder loaded: %s", describe());
                }
                e = encoder;
            }
        }
        return e;
    }

    @PreDestroy
    void close() {
        TextEncoder e = encoder;
        if (e != null) {
            try {
                e.close();
            } catch (Exception ex) { // shutting down: nothing left to do with it
                LOG.debugf(ex, "Closing the portfolio encoder failed");
            }
        }
    }
}
