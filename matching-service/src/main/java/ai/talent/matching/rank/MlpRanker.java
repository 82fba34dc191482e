package ai.talent.matching.rank;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.talent.nn.block.Mlp;
import ai.talent.nn.block.MlpConfig;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.explain.Attribution;
import ai.talent.nn.explain.IntegratedGradients;
import ai.talent.nn.explain.IntegrationRule;
import ai.talent.nn.train.Inference;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The learned ranker: shared-nn's {@link Mlp} over standardised {@link MatchFeature} columns with one output, the
 * score, trained listwise on hires. Contributions are integrated gradients (shared-nn {@code explain}) against the
 * average training candidate, which standardisation puts at the origin. Thread-safe (forward passes share the
 * weights read-only; gradient recording takes shared-nn's lock).
 */
public final class MlpRanker implements Ranker, AutoCloseable {

    static final int IG_STEPS = 32;

    private final NDManager manager;
    private final Block block;
    private final RankerSpec spec;
    private final String version;
    private final IntegratedGradients ig;

    MlpRanker(NDManager manager, Block block, RankerSpec spec, String version) {
        this.manager = manager;
        this.block = block;
        this.spec = spec;
        this.version = version;
        this.ig = new IntegratedGradients(block, IG_STEPS, IntegrationRule.TRAPEZOID);
    }

    /** The network a spec describes, not yet initialised. */
    public static Mlp network(RankerSpec spec) {
        return new Mlp(MlpConfig.builder().hidden(spec.hidden()).outputs(1).dropout(spec.dropout()).build());
    }

    /** A ranker from parameters saved with {@link #parameters()}; refuses a spec of other feature columns. */
    public static MlpRanker fromParameters(RankerSpec spec, byte[] parameters, String version) {
        if (!spec.features().equals(MatchFeature.names())) {
            throw new IllegalArgumentException("the ranker was trained on features " + spec.features()
                    + " but this build computes " + MatchFeature.names() + "; train it again");
        }
        NDManager manager = NnEngine.get().newBaseManager();
        try {
            Mlp block = network(spec);
            block.initialize(manager, DataType.FLOAT32, new Shape(1, spec.features().size()));
            block.loadParameters(manager, new DataInputStream(new ByteArrayInputStream(parameters)));
            return new MlpRanker(manager, block, spec, version);
        } catch (IOException | MalformedModelException e) {
            manager.close();
            throw new IllegalStateException("the ranker's parameter file does not fit its spec: " + e.getMessage(), e);
        }
    }

    public RankerSpec spec() {
        return spec;
    }

    public byte[] parameters() {
        return parametersOf(block);
    }

    /** A block's parameters as {@link #fromParameters} reads them. */
    public static byte[] parametersOf(Block block) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            block.saveParameters(new DataOutputStream(bytes));
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the ranker's parameters", e);
        }
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public boolean learned() {
        return true;
    }

    @Override
    public float[] score(float[][] features) {
        if (features.length == 0) {
            return new float[0];
        }
        int width = spec.features().size();
        float[] flat = new float[features.length * width];
        for (int i = 0; i < features.length; i++) {
            float[] z = standardize(features[i]);
            System.arraycopy(z, 0, flat, i * width, width);
        }
        NnEngine.configureCurrentThread();
        try (NDManager m = NnEngine.get().newBaseManager()) {
            NDArray x = m.create(flat, new Shape(features.length, width));
            return Inference.forward(block, new NDList(x)).singletonOrThrow().toFloatArray();
        }
    }

    @Override
    public float[] contributions(float[] features) {
        try (NDManager m = NnEngine.get().newBaseManager()) {
            Attribution a = ig.explain(m, standardize(features), new float[features.length], 0);
            return a.values();
        }
    }

    /** Inputs as the network sees them: (x − mean) / std per column. */
    public float[] standardize(float[] x) {
        float[] z = new float[x.length];
        for (int j = 0; j < x.length; j++) {
            z[j] = (x[j] - spec.means()[j]) / spec.stds()[j];
        }
        return z;
    }

    @Override
    public void close() {
        manager.close();
    }
}
