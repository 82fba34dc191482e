package ai.talent.tutoring.tracing;

import ai.djl.ndarray.NDManager;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.kt.KnowledgeTracer;
import ai.talent.nn.kt.KtNetwork;
import ai.talent.nn.kt.KtNetworks;
import ai.talent.nn.registry.ModelArtifact;
import ai.talent.nn.registry.ModelConfig;
import ai.talent.nn.registry.ModelRegistry;
import ai.talent.nn.registry.PublishedModel;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Moves tutoring's knowledge-tracing model in and out of a {@link ModelRegistry}: the network's weights and
 * hyperparameters (shared-nn {@link KtNetworks}) plus {@value #SKILLS}, the skill ids in the order of the
 * network's skill numbers.
 */
public final class KtModels {

    /** The registry's name for tutoring's model. */
    public static final String NAME = "tutoring-kt";
    /** One skill id per line; line k is the network's skill k. */
    public static final String SKILLS = "skills.txt";
    /** The exercises the model was trained on: id, skills, difficulty offset ({@link ExerciseOffsets}). */
    public static final String EXERCISES = "exercises.tsv";

    private KtModels() {
    }

    /** Publishes and promotes a trained network; returns the new version. */
    public static String publish(ModelRegistry registry, String name, KtNetwork network, SkillVocabulary skills,
            ExerciseOffsets exercises, Map<String, Double> metrics, String dataFingerprint) {
        try {
            Path dir = Files.createTempDirectory("tutoring-kt-");
            Path weights = dir.resolve(KtNetworks.WEIGHTS);
            Path skillFile = dir.resolve(SKILLS);
            Path exerciseFile = dir.resolve(EXERCISES);
            try {
                try (OutputStream out = Files.newOutputStream(weights)) {
                    KtNetworks.save(network, out);
                }
                Files.writeString(skillFile, String.join("\n", skills.skills()) + "\n", StandardCharsets.UTF_8);
                exercises.write(exerciseFile);
                ModelConfig config = new ModelConfig(network.type(), new long[] {5, -1}, new long[] {-1},
                        network.hyperparameters());
                String version = registry.publish(name, new ModelArtifact(
                        Map.of(KtNetworks.WEIGHTS, weights, SKILLS, skillFile, EXERCISES, exerciseFile), config, metrics, dataFingerprint));
                registry.promote(name, version);
                return version;
            } finally {
                Files.deleteIfExists(weights);
                Files.deleteIfExists(skillFile);
                Files.deleteIfExists(exerciseFile);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the knowledge-tracing model for " + registry.root(), e);
        }
    }

    /** The DKT of a verified published version, answering as {@code dkt:<name>/<version>}. */
    public static DktMasteryModel load(PublishedModel published) {
        SkillVocabulary skills;
        try {
            List<String> lines = Files.readAllLines(published.file(SKILLS), StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank()).toList();
            skills = new SkillVocabulary(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + published.file(SKILLS), e);
        }
        NDManager manager = NnEngine.get().newBaseManager();
        try {
            KnowledgeTracer tracer = new KnowledgeTracer(KtNetworks.load(published, manager), manager);
            // the weights' checksum tells apart equally numbered versions of different registries
            String weights = published.manifest().files().get(KtNetworks.WEIGHTS).sha256().substring(0, 8);
            ExerciseOffsets exercises = published.manifest().files().containsKey(EXERCISES)
                    ? ExerciseOffsets.read(published.file(EXERCISES)) : ExerciseOffsets.none();
            return new DktMasteryModel(tracer, skills, exercises, published.config().modelType() + ":" + published.model()
                    + "/" + published.version() + "@" + weights);
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }
}
