package ai.talent.tutoring.tracing;

import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.nn.registry.ModelRegistry;
import ai.talent.nn.registry.PublishedModel;
import ai.talent.tutoring.config.TracingConfig;
import ai.talent.tutoring.config.TutoringConfig;
import ai.talent.tutoring.learning.KnowledgeTracer;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * The model that traces learners: the promoted {@code tutoring-kt} version in the registry (or the configured
 * version), loaded at start. With no trained model published, Bayesian Knowledge Tracing with the hand-set
 * parameters answers instead, as {@value BktMasteryModel#VERSION}: every reply names the version that made it.
 */
@ApplicationScoped
@Startup
public class MasteryModels {

    private static final Logger LOG = Logger.getLogger(MasteryModels.class);

    private final MasteryModel current;

    public MasteryModels(TracingConfig tracing, TutoringConfig tutoring) {
        this.current = load(tracing, tutoring);
        LOG.infof("Knowledge tracing answers with %s (%s, %d skills)", current.version(), current.kind(),
                current.skills().size());
    }

    public MasteryModel current() {
        return current;
    }

    private static MasteryModel load(TracingConfig tracing, TutoringConfig tutoring) {
        Path root = Path.of(tracing.registry());
        ModelRegistry registry = new ModelRegistry(root);
        String version = tracing.modelVersion().orElse(null);
        if (version == null && Files.isDirectory(root)) {
            version = registry.currentVersion(tracing.modelName());
        }
        if (version == null) {
            LOG.warnf("No trained knowledge-tracing model '%s' under %s (./talent train kt publishes one): "
                    + "Bayesian Knowledge Tracing with hand-set parameters answers as %s", tracing.modelName(), root,
                    BktMasteryModel.VERSION);
            return fallback(tutoring);
        }
        PublishedModel published = registry.load(tracing.modelName(), version, null);
        return KtModels.load(published);
    }

    /** The hand-set BKT over the whole taxonomy. */
    public static BktMasteryModel fallback(TutoringConfig tutoring) {
        return new BktMasteryModel(new KnowledgeTracer(tutoring.priorMastery(), tutoring.learnRate(), tutoring.slip(),
                tutoring.guess()), SkillVocabulary.of(SkillTaxonomy.standard()), tutoring.slip(), tutoring.guess());
    }

    @PreDestroy
    void close() {
        if (current instanceof DktMasteryModel dkt) {
            dkt.close();
        }
    }
}
