package ai.talent.nn.kt;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.talent.nn.registry.IncompatibleModelException;
import ai.talent.nn.registry.ModelArtifact;
import ai.talent.nn.registry.ModelConfig;
import ai.talent.nn.registry.ModelRegistry;
import ai.talent.nn.registry.PublishedModel;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Builds knowledge-tracing networks by type and moves them in and out of a {@link ModelRegistry}. */
public final class KtNetworks {

    public static final String DKT = "dkt";
    public static final String AKT = "akt";
    /** The weights file inside a published version. */
    public static final String WEIGHTS = "weights.params";
    /** Per item: the five {@link KtBatch} inputs over any number of rows; out: one logit per row. */
    static final long[] INPUT_SHAPE = {5, -1};
    static final long[] OUTPUT_SHAPE = {-1};

    private KtNetworks() {
    }

    /** An uninitialised network of {@code type} with the shape {@code hyperparameters} describe. */
    public static KtNetwork create(String type, Map<String, Object> hyperparameters) {
        return switch (type) {
            case DKT -> new Dkt(new DktConfig(integer(hyperparameters, "skills"), integer(hyperparameters, "embedding"),
                    integer(hyperparameters, "hidden"), real(hyperparameters, "dropout")));
            case AKT -> new Akt(new AktConfig(integer(hyperparameters, "skills"), integer(hyperparameters, "questions"),
                    integer(hyperparameters, "model"), integer(hyperparameters, "heads"),
                    integer(hyperparameters, "feedForward"), integer(hyperparameters, "finalHidden"),
                    real(hyperparameters, "dropout"), integer(hyperparameters, "span"),
                    real(hyperparameters, "difficultyL2"), integer(hyperparameters, "questionMatch") == 1,
                    // versions published before the recall term have no such key
                    hyperparameters.get("questionRecall") instanceof Number n && n.intValue() == 1,
                    // nor those before problem fusion
                    hyperparameters.get("fuse") instanceof Number f && f.intValue() == 1));
            case KtEnsemble.TYPE -> KtEnsemble.create(hyperparameters);
            default -> throw new IncompatibleModelException("unknown knowledge-tracing model type '" + type
                    + "'; known: " + DKT + ", " + AKT + ", " + KtEnsemble.TYPE);
        };
    }

    /** A member type as a number, for an ensemble's hyperparameters (which hold numbers only). */
    static int typeCode(String type) {
        return switch (type) {
            case DKT -> 1;
            case AKT -> 2;
            default -> throw new IllegalArgumentException("an ensemble member must be " + DKT + " or " + AKT + ", got " + type);
        };
    }

    /** The member type of {@link #typeCode}. */
    static String typeOf(int code) {
        return switch (code) {
            case 1 -> DKT;
            case 2 -> AKT;
            default -> throw new IncompatibleModelException("unknown ensemble member type code " + code);
        };
    }

    /** Initialises a new network's weights (seeded by the engine's random seed). */
    public static void initialize(KtNetwork network, NDManager manager) {
        network.initialize(manager, DataType.FLOAT32, new Shape(1, 1), new Shape(1, 1), new Shape(1, 1),
                new Shape(1, 1), new Shape(1, 1));
    }

    /** Writes the network's weights. */
    public static void save(KtNetwork network, OutputStream out) {
        try {
            DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
            network.saveParameters(data);
            data.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + network.type() + " weights", e);
        }
    }

    /** A network of {@code type} and shape with the weights read from {@code in}, owned by {@code manager}. */
    public static KtNetwork load(String type, Map<String, Object> hyperparameters, InputStream in, NDManager manager) {
        KtNetwork network = create(type, hyperparameters);
        try {
            network.loadParameters(manager, new DataInputStream(new BufferedInputStream(in)));
        } catch (IOException | MalformedModelException e) {
            throw new IncompatibleModelException("cannot read " + type + " weights: " + e.getMessage());
        }
        return network;
    }

    /** Publishes a trained network as a new version of {@code name}; returns the version. */
    public static String publish(ModelRegistry registry, String name, KtNetwork network, Map<String, Double> metrics,
            String dataFingerprint) {
        try {
            Path weights = Files.createTempFile("kt-", ".params");
            try {
                try (OutputStream out = Files.newOutputStream(weights)) {
                    save(network, out);
                }
                ModelConfig config = new ModelConfig(network.type(), INPUT_SHAPE, OUTPUT_SHAPE, network.hyperparameters());
                return registry.publish(name, new ModelArtifact(Map.of(WEIGHTS, weights), config, metrics, dataFingerprint));
            } finally {
                Files.deleteIfExists(weights);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage " + network.type() + " weights for the registry", e);
        }
    }

    /** The network of a verified published version, its weights owned by {@code manager}. */
    public static KtNetwork load(PublishedModel published, NDManager manager) {
        try (InputStream in = Files.newInputStream(published.file(WEIGHTS))) {
            return load(published.config().modelType(), published.config().params(), in, manager);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + published.file(WEIGHTS), e);
        }
    }

    private static int integer(Map<String, Object> p, String key) {
        return ((Number) required(p, key)).intValue();
    }

    private static float real(Map<String, Object> p, String key) {
        return ((Number) required(p, key)).floatValue();
    }

    private static Object required(Map<String, Object> p, String key) {
        Object v = p.get(key);
        if (!(v instanceof Number)) {
            throw new IncompatibleModelException("knowledge-tracing hyperparameter '" + key + "' is missing or not a number: "
                    + v);
        }
        return v;
    }
}
