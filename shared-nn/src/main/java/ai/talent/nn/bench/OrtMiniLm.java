package ai.talent.nn.bench;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import ai.talent.nn.text.TokenBatch;
import ai.talent.nn.transformer.PretrainedWeights;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * ONNX Runtime (one intra-op thread) running the same all-MiniLM-L6-v2 file: the reference for parity
 * tests and for encoder speed.
 */
public final class OrtMiniLm implements AutoCloseable {

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;

    public OrtMiniLm() throws Exception {
        byte[] model;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(PretrainedWeights.MINILM_ONNX)) {
            model = in.readAllBytes();
        }
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        session = env.createSession(model, options);
    }

    /** Mean-pooled, L2-normalised sentence vectors {@code [B][H]}, pooled in Java as the library user would. */
    public float[][] embed(TokenBatch batch) throws Exception {
        float[][][] hidden = hidden(batch);
        float[][] out = new float[hidden.length][];
        for (int i = 0; i < hidden.length; i++) {
            int h = hidden[i][0].length;
            float[] v = new float[h];
            int n = 0;
            for (int j = 0; j < hidden[i].length; j++) {
                if (batch.mask()[i][j] == 0) {
                    continue;
                }
                n++;
                for (int k = 0; k < h; k++) {
                    v[k] += hidden[i][j][k];
                }
            }
            double norm = 0;
            for (int k = 0; k < h; k++) {
                v[k] /= n;
                norm += v[k] * v[k];
            }
            float inv = (float) (1 / Math.max(Math.sqrt(norm), 1e-12));
            for (int k = 0; k < h; k++) {
                v[k] *= inv;
            }
            out[i] = v;
        }
        return out;
    }

    /** Last hidden states {@code [B][L][H]}. */
    public float[][][] hidden(TokenBatch batch) throws Exception {
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try (OnnxTensor ids = OnnxTensor.createTensor(env, batch.ids());
                OnnxTensor mask = OnnxTensor.createTensor(env, batch.mask());
                OnnxTensor types = OnnxTensor.createTensor(env, batch.typeIds())) {
            inputs.put("input_ids", ids);
            inputs.put("attention_mask", mask);
            if (session.getInputNames().contains("token_type_ids")) {
                inputs.put("token_type_ids", types);
            }
            try (OrtSession.Result result = session.run(inputs)) {
                return (float[][][]) result.get(0).getValue();
            }
        }
    }

    @Override
    public void close() throws Exception {
        session.close();
    }
}
