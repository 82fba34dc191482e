package ai.talent.success.model;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.explain.Attribution;
import ai.talent.nn.explain.IntegratedGradients;
import ai.talent.nn.explain.IntegrationRule;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A trained, temperature-scaled deep ensemble ready to serve: preprocessing, the members' forward pass, the
 * calibrated mean probability with a 90 % interval from the members' spread, and integrated-gradients
 * attributions of that probability against the training set's average input. Safe to share between threads
 * (every call works in its own scratch memory; gradients take turns through shared-nn's lock). Owns native
 * memory: close it.
 */
public final class SuccessEnsemble implements AutoCloseable {

    /** z of the 5th and 95th percentiles of a normal: the interval is the members' logit mean ± z · spread. */
    public static final double Z90 = 1.6448536269514722;
    /** Integration steps: enough for sums within ~1 % of the output difference on these small networks. */
    public static final int DEFAULT_IG_STEPS = 32;

    private final NDManager manager;
    private final EnsembleBlock ensemble;
    private final CalibratedMeanBlock calibrated;
    private final ModelSpec spec;
    private final IntegratedGradients integratedGradients;

    private SuccessEnsemble(NDManager manager, EnsembleBlock ensemble, ModelSpec spec, int igSteps) {
        this.manager = manager;
        this.ensemble = ensemble;
        this.spec = spec;
        // attributions need gradients for the inputs only, not for the weights
        ensemble.freezeParameters(true);
        this.calibrated = new CalibratedMeanBlock(ensemble, spec.temperature(), spec.offset());
        this.integratedGradients = new IntegratedGradients(calibrated, igSteps, IntegrationRule.TRAPEZOID);
    }

    /** Builds the ensemble from its members' saved parameters. */
    static SuccessEnsemble fromMembers(ModelSpec spec, List<byte[]> memberParameters) {
        if (memberParameters.size() != spec.members()) {
            throw new IllegalArgumentException(memberParameters.size() + " members' parameters for a spec of "
                    + spec.members());
        }
        NDManager manager = NnEngine.get().newBaseManager();
        try {
            EnsembleBlock block = block(spec);
            block.initialize(manager, DataType.FLOAT32, new Shape(1, spec.preprocessor().inputSize()));
            for (int m = 0; m < memberParameters.size(); m++) {
                block.member(m).loadParameters(manager,
                        new DataInputStream(new ByteArrayInputStream(memberParameters.get(m))));
            }
            return new SuccessEnsemble(manager, block, spec, DEFAULT_IG_STEPS);
        } catch (IOException | ai.djl.MalformedModelException e) {
            manager.close();
            throw new IllegalStateException("could not assemble the ensemble from its members: " + e.getMessage(), e);
        }
    }

    /** Loads an ensemble saved with {@link #saveParameters}. */
    static SuccessEnsemble fromParameters(ModelSpec spec, byte[] parameters) {
        NDManager manager = NnEngine.get().newBaseManager();
        try {
            EnsembleBlock block = block(spec);
            block.initialize(manager, DataType.FLOAT32, new Shape(1, spec.preprocessor().inputSize()));
            block.loadParameters(manager, new DataInputStream(new ByteArrayInputStream(parameters)));
            return new SuccessEnsemble(manager, block, spec, DEFAULT_IG_STEPS);
        } catch (IOException | ai.djl.MalformedModelException e) {
            manager.close();
            throw new IllegalStateException("the ensemble's parameter file does not fit its spec: " + e.getMessage(), e);
        }
    }

    private static EnsembleBlock block(ModelSpec spec) {
        return new EnsembleBlock(spec.memberHyperparameters().stream().map(MemberTrainer::mlpConfig).toList());
    }

    byte[] saveParameters() {
        try {
            var bytes = new java.io.ByteArrayOutputStream();
            ensemble.saveParameters(new java.io.DataOutputStream(bytes));
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the ensemble's parameters", e);
        }
    }

    public ModelSpec spec() {
        return spec;
    }

    public int members() {
        return ensemble.size();
    }

    /** One member's network, for benchmarks that time a bare forward pass beside the whole prediction. */
    public ai.djl.nn.Block member(int index) {
        return ensemble.member(index);
    }

    /** The memory the ensemble's weights live in (a scratch sub-manager per call keeps temporaries out). */
    public NDManager manager() {
        return manager;
    }

    /** The network input of a row from its raw tabular features and text embeddings. */
    public float[] input(float[] tabular, float[][] texts) {
        return spec.preprocessor().input(tabular, texts);
    }

    /** Each member's raw logit per row: {@code [rows][members]}. */
    public float[][] memberLogits(float[][] inputs) {
        int[] rows = new int[inputs.length];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        return MemberTrainer.logits(ensemble, manager, inputs, rows);
    }

    public Estimate estimate(float[] input) {
        return estimate(new float[][] {input})[0];
    }

    public Estimate[] estimate(float[][] inputs) {
        float[][] logits = memberLogits(inputs);
        Estimate[] out = new Estimate[inputs.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = summarise(logits[i], spec.temperature(), spec.offset());
        }
        return out;
    }

    /** Calibrated probabilities only (the batch path without reasons). */
    public double[] probabilities(float[][] inputs) {
        float[][] logits = memberLogits(inputs);
        double[] p = new double[inputs.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = summarise(logits[i], spec.temperature(), spec.offset()).probability();
        }
        return p;
    }

    static Estimate summarise(float[] logits, double temperature, double offset) {
        int m = logits.length;
        double meanLogit = 0;
        double meanP = 0;
        for (float z : logits) {
            meanLogit += z / temperature + offset;
            meanP += sigmoid(z / temperature + offset);
        }
        meanLogit /= m;
        meanP /= m;
        double ssLogit = 0;
        double ssP = 0;
        for (float z : logits) {
            ssLogit += Math.pow(z / temperature + offset - meanLogit, 2);
            ssP += Math.pow(sigmoid(z / temperature + offset) - meanP, 2);
        }
        double sdLogit = m > 1 ? Math.sqrt(ssLogit / (m - 1)) : 0;
        double sdP = m > 1 ? Math.sqrt(ssP / (m - 1)) : 0;
        double lower = Math.min(meanP, sigmoid(meanLogit - Z90 * sdLogit));
        double upper = Math.max(meanP, sigmoid(meanLogit + Z90 * sdLogit));
        return new Estimate(meanP, lower, upper, sdP);
    }

    /**
     * Integrated-gradients attribution of the calibrated probability to every input column, against the
     * training set's mean input; the values sum to about {@code probability(input) − probability(baseline)}.
     */
    public Attribution explain(float[] input) {
        return integratedGradients.explain(manager, input, spec.baseline(), 0);
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    @Override
    public void close() {
        manager.close();
    }
}
