package ai.talent.tutoring.portfolio;

import ai.talent.nn.text.EncoderChoice;
import ai.talent.nn.text.EncoderSelection;
import ai.talent.nn.text.TextEncoder;
import ai.talent.nn.text.TextEncoderConfig;
import ai.talent.service.encoder.EncoderConfig;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The sentence encoder for case-study selection: the suite's one encoder choice ({@code talent.encoder.choice},
 * shared-nn's {@link EncoderSelection}; a bilingual encoder reads Korean project texts and roles far better), or
 * all-MiniLM-L6-v2 from its Maven artifact when the registry has none (a fresh clone). Resolved and logged at start,
 * loaded on the first portfolio request, cached embeddings after that (a project's text is embedded once).
 */
@Startup
@ApplicationScoped
public class PortfolioEncoder implements TextVectors {

    private static final Logger LOG = Logger.getLogger(PortfolioEncoder.class);
    /** Project texts are a title, the start of a description and skill names: 128 word pieces hold them. */
    static final int MAX_TOKENS = 128;

    private final EncoderSelection selection;
    private volatile TextEncoder encoder;

    public PortfolioEncoder(EncoderConfig config) {
        this.selection = EncoderSelection.resolve(EncoderChoice.parse(config.choice()), config.registry());
        LOG.infof("Portfolio encoder (talent.encoder.choice=%s): %s, %s; loaded on the first portfolio request",
                config.choice(), selection.description(), selection.readsHangul() ? "reads Hangul" : "no Korean units");
    }

    @Override
    public float[][] embed(List<String> texts) {
        return encoder().embed(texts);
    }

    /**
     * What is (or will be) loaded, e.g. {@code encoder-bilingual v3 (auto)} or
     * {@code all-MiniLM-L6-v2 (fallback: ... not in ...)}.
     */
    public String describe() {
        return selection.description();
    }

    private TextEncoder encoder() {
        TextEncoder e = encoder;
        if (e == null) {
            synchronized (this) {
                if (encoder == null) {
                    encoder = selection.load(TextEncoderConfig.defaults().withMaxLength(MAX_TOKENS));
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
