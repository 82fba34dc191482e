package ai.talent.nn.text;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import ai.talent.nn.transformer.PretrainedWeights;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/** ONNX Runtime running the same all-MiniLM-L6-v2 file, as the reference for parity tests. */
final class OrtMiniLm implements AutoCloseable {

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;

    OrtMiniLm() throws Exception {
        byte[] model;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(PretrainedWeights.MINILM_ONNX)) {
            model = in.readAllBytes();
        }
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        session = env.createSession(model, options);
    }

    /** Last hidden states {@code [B][L][H]}. */
    float[][][] hidden(TokenBatch batch) throws Exception {
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
