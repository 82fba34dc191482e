package ai.talent.tutoring.tracing;

import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.nn.registry.ModelRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A tiny DKT trained on simulated learners (fixed seeds) into {@value #DIR} once per build (the model tests run first,
 * in a JVM of their own, and train it; the service tests then find it there): the tests and the service under test
 * load it as the service loads what {@code ./talent train kt} publishes.
 */
public final class TinyModel {

    static final String DIR = "target/test-models/tiny-kt";

    private static Path registry;

    private TinyModel() {
    }

    public static synchronized Path registry() {
        if (registry == null) {
            Path dir = Path.of(DIR).toAbsolutePath();
            ModelRegistry models = new ModelRegistry(dir);
            if (Files.isDirectory(dir) && models.currentVersion(KtModels.NAME) != null) {
                registry = dir;
                return registry;
            }
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            KtTraining.Result result = KtTraining.train(models, KtModels.NAME, SkillVocabulary.of(SkillTaxonomy.standard()),
                    KtTraining.Settings.tiny());
            System.out.printf("tiny DKT %s trained in %.1f s: %s%n", result.version(), result.seconds(),
                    result.metrics());
            registry = dir;
        }
        return registry;
    }

    public static DktMasteryModel load() {
        ModelRegistry r = new ModelRegistry(registry());
        return KtModels.load(r.loadCurrent(KtModels.NAME, null));
    }
}
