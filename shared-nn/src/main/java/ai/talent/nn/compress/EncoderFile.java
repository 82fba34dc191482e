package ai.talent.nn.compress;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.Dense;
import ai.talent.nn.transformer.OnnxWeights;
import ai.talent.nn.transformer.PretrainedWeights;
import ai.talent.nn.transformer.TransformerConfig;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Saves and loads an encoder's weights in one file: its config, then each tensor by HuggingFace name as
 * fp32 or as int8 rows with a scale per row. Int8 files hold the linear weights and the token table as int8;
 * loading keeps them int8 in memory or dequantizes them to fp32.
 */
public final class EncoderFile {

    private static final String MAGIC = "talent-encoder-v1";
    private static final byte FP32 = 0;
    private static final byte INT8 = 1;
    private static final String WORDS = "embeddings.word_embeddings.weight";

    private EncoderFile() {
    }

    /** Writes the encoder; with {@code int8} its linear weights and token table are stored quantized. */
    public static void save(BertEncoder encoder, Path file, boolean int8) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Map<String, Dense> dense = encoder.denseLayers();
        Set<String> quantizable = new java.util.HashSet<>();
        dense.keySet().forEach(k -> quantizable.add(k + ".weight"));
        quantizable.add(WORDS);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20))) {
            out.writeUTF(MAGIC);
            TransformerConfig c = encoder.config();
            out.writeInt(c.vocabSize());
            out.writeInt(c.hidden());
            out.writeInt(c.heads());
            out.writeInt(c.layers());
            out.writeInt(c.intermediate());
            out.writeInt(c.maxPositions());
            out.writeInt(c.typeVocabSize());
            out.writeFloat(c.layerNormEps());
            out.writeBoolean(c.causal());
            Map<String, Parameter> named = encoder.namedParameters();
            out.writeInt(named.size());
            for (Map.Entry<String, Parameter> e : named.entrySet()) {
                String name = e.getKey();
                out.writeUTF(name);
                Int8Matrix q = quantizable.contains(name) ? stored(encoder, name, e.getValue(), int8) : null;
                if (q != null) {
                    out.writeByte(INT8);
                    out.writeInt(q.rows());
                    out.writeInt(q.cols());
                    out.write(q.values());
                    writeFloats(out, q.scales());
                } else {
                    NDArray a = fp32(encoder, name, e.getValue());
                    long[] shape = a.getShape().getShape();
                    out.writeByte(FP32);
                    out.writeInt(shape.length);
                    for (long d : shape) {
                        out.writeLong(d);
                    }
                    writeFloats(out, a.toFloatArray());
                }
            }
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The int8 form of a quantizable tensor, or null when it is to be written as fp32. */
    private static Int8Matrix stored(BertEncoder encoder, String name, Parameter p, boolean int8) {
        NDArray values;
        NDArray scales;
        if (name.equals(WORDS)) {
            values = encoder.embeddings().int8Words();
            scales = encoder.embeddings().wordScales();
        } else {
            Dense d = encoder.denseLayers().get(name.substring(0, name.length() - ".weight".length()));
            values = d.int8Weight();
            scales = d.channelScales();
        }
        if (values != null) {
            long[] s = values.getShape().getShape();
            Int8Matrix q = new Int8Matrix((int) s[0], (int) s[1], values.toByteArray(), scales.toFloatArray());
            return int8 ? q : null;
        }
        if (!int8) {
            return null;
        }
        long[] s = p.getArray().getShape().getShape();
        return Int8Matrix.quantize(p.getArray().toFloatArray(), (int) s[0], (int) s[1]);
    }

    private static NDArray fp32(BertEncoder encoder, String name, Parameter p) {
        if (!p.getArray().isReleased()) {
            return p.getArray();
        }
        throw new IllegalStateException("tensor " + name + " of a quantized encoder can only be saved as int8");
    }

    /**
     * Reads an encoder into {@code manager}. With {@code keepInt8} int8 tensors stay int8 in memory (linear
     * layers dequantize per forward pass, and the encoder is frozen: inference only); otherwise they are
     * dequantized to fp32 on load.
     */
    public static BertEncoder load(Path file, NDManager manager, boolean keepInt8) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("encoder file " + file.toAbsolutePath() + " does not exist; produce it with "
                    + "ai.talent.nn.compress.DistillCommand (or EncoderFile.save)");
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
            String magic = in.readUTF();
            if (!MAGIC.equals(magic)) {
                throw new IOException(file + " is not a talent encoder file (header '" + magic + "')");
            }
            TransformerConfig config = new TransformerConfig(in.readInt(), in.readInt(), in.readInt(), in.readInt(),
                    in.readInt(), in.readInt(), in.readInt(), in.readFloat(), in.readBoolean());
            BertEncoder encoder = PretrainedWeights.randomEncoder(config, manager);
            Map<String, Parameter> named = encoder.namedParameters();
            Map<String, Int8Matrix> int8 = new HashMap<>();
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                Parameter p = named.get(name);
                if (p == null) {
                    throw new IOException(file + " holds unknown tensor " + name);
                }
                byte kind = in.readByte();
                if (kind == INT8) {
                    int rows = in.readInt();
                    int cols = in.readInt();
                    byte[] values = new byte[rows * cols];
                    in.readFully(values);
                    Int8Matrix q = new Int8Matrix(rows, cols, values, readFloats(in, rows));
                    if (keepInt8) {
                        int8.put(name, q);
                    } else {
                        p.getArray().set(q.dequantize());
                    }
                } else {
                    int dims = in.readInt();
                    long n = 1;
                    for (int d = 0; d < dims; d++) {
                        n *= in.readLong();
                    }
                    p.getArray().set(readFloats(in, (int) n));
                }
            }
            if (!int8.isEmpty()) {
                encoder.freezeParameters(true);
            }
            for (Map.Entry<String, Int8Matrix> e : int8.entrySet()) {
                String name = e.getKey();
                if (name.equals(WORDS)) {
                    Int8Quantizer.use(encoder.embeddings(), e.getValue(), manager);
                } else {
                    Dense d = encoder.denseLayers().get(name.substring(0, name.length() - ".weight".length()));
                    Int8Quantizer.use(d, e.getValue(), manager);
                }
            }
            return encoder;
        }
    }

    /** An encoder file's config and tensors (HuggingFace names, PyTorch layout, int8 dequantized). */
    public record Contents(TransformerConfig config, Map<String, OnnxWeights.Tensor> tensors) {
    }

    /**
     * Reads an encoder file into plain arrays, without any engine: for serving it through another runtime
     * (see {@code ai.talent.nn.onnx.OnnxEncoder}).
     */
    public static Contents readTensors(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("encoder file " + file.toAbsolutePath() + " does not exist");
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
            String magic = in.readUTF();
            if (!MAGIC.equals(magic)) {
                throw new IOException(file + " is not a talent encoder file (header '" + magic + "')");
            }
            TransformerConfig config = new TransformerConfig(in.readInt(), in.readInt(), in.readInt(), in.readInt(),
                    in.readInt(), in.readInt(), in.readInt(), in.readFloat(), in.readBoolean());
            Map<String, OnnxWeights.Tensor> tensors = new java.util.LinkedHashMap<>();
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                byte kind = in.readByte();
                if (kind == INT8) {
                    int rows = in.readInt();
                    int cols = in.readInt();
                    byte[] values = new byte[rows * cols];
                    in.readFully(values);
                    Int8Matrix q = new Int8Matrix(rows, cols, values, readFloats(in, rows));
                    tensors.put(name, new OnnxWeights.Tensor(new long[] {rows, cols}, q.dequantize()));
                } else {
                    int dims = in.readInt();
                    long[] shape = new long[dims];
                    long n = 1;
                    for (int d = 0; d < dims; d++) {
                        shape[d] = in.readLong();
                        n *= shape[d];
                    }
                    tensors.put(name, new OnnxWeights.Tensor(shape, readFloats(in, (int) n)));
                }
            }
            return new Contents(config, tensors);
        }
    }

    private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        buf.asFloatBuffer().put(values);
        out.write(buf.array());
    }

    private static float[] readFloats(DataInputStream in, int n) throws IOException {
        byte[] bytes = new byte[n * 4];
        in.readFully(bytes);
        float[] values = new float[n];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        return values;
    }
}
