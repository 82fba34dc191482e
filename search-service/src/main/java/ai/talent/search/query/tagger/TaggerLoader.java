package ai.talent.search.query.tagger;

import ai.talent.nn.registry.ModelExpectation;
import ai.talent.nn.registry.ModelRegistry;
import ai.talent.nn.registry.PublishedModel;
import ai.talent.search.query.SpanTagger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Loads the promoted query tagger from the model registry, if one has been trained there ({@code ./talent train
 * query-tagger}); without one, or when it cannot be loaded, query understanding runs on its rules alone.
 */
public final class TaggerLoader {

    public static final String MODEL_TYPE = "query-tagger";
    private static final Logger LOG = Logger.getLogger(TaggerLoader.class);

    private TaggerLoader() {
    }

    public static Optional<SpanTagger> load(String registry, String model) {
        Path root = Path.of(registry);
        if (!Files.isDirectory(root.resolve(model))) {
            return Optional.empty();
        }
        try {
            ModelRegistry models = new ModelRegistry(root);
            if (models.currentVersion(model) == null) {
                return Optional.empty();
            }
            PublishedModel published = models.loadCurrent(model, new ModelExpectation(MODEL_TYPE, null, null));
            QueryTagger tagger = QueryTagger.load(published.file(QueryTagger.ENCODER_FILE),
                    published.file(QueryTagger.HEAD_FILE));
            LOG.infof("Query tagger %s %s loaded (SkillSpan test span F1 %s)", model, published.version(),
                    published.metrics().get("skillspan.test.combined.f1"));
            return Optional.of(tagger);
        } catch (Exception e) {
            LOG.warnf("The query tagger in %s could not be loaded, using the rules alone: %s", root, e.getMessage());
            return Optional.empty();
        }
    }
}
