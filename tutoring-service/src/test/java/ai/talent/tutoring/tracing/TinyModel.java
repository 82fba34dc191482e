package ai.talent.tutoring.tracing;

import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.nn.registry.ModelRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A tiny DKT trained once per test JVM on simulated learners (fixed seeds) into a temporary registry: the tests and
 * the service under test load it from there, as the service loads what {@code ./talent train kt} publishes.
 */
public final class TinyModel {

    private static Path registry;
    private static KtTraining.Result result;

    private TinyModel() {
    }

    public static synchronized Path registry() {
        if (registry == null) {
            try {
                registry = Files.createTempDirectory("tutoring-kt-registry-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            result = KtTraining.train(new ModelRegistry(registry), KtModels.NAME,
                    SkillVocabulary.of(SkillTaxonomy.standard()), KtTraining.Settings.tiny());
            System.out.printf("tiny DKT %s trained in %.1f s: %s%n", result.version(), result.seconds(),
                    result.metrics());
        }
        return registry;
    }

    public static synchronized KtTraining.Result result() {
        registry();
        return result;
    }

    public static DktMasteryModel load() {
        ModelRegistry r = new ModelRegistry(registry());
        return KtModels.load(r.loadCurrent(KtModels.NAME, null));
    }
}
