package ai.talent.nn.transformer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link BertEncoder} from HuggingFace-named weights (as read by {@link OnnxWeights}), and copies
 * weights between encoders (e.g. teacher layers into a smaller student).
 */
public final class PretrainedWeights {

    /** The ONNX file of all-MiniLM-L6-v2 inside the langchain4j resource jar. */
    public static final String MINILM_ONNX = "all-minilm-l6-v2.onnx";
    /** Its tokenizer.json inside the same jar. */
    public static final String MINILM_TOKENIZER = "all-minilm-l6-v2-tokenizer.json";

    private PretrainedWeights() {
    }

    /** A new encoder of the given size, initialised at random, living in {@code manager}. */
    public static BertEncoder randomEncoder(TransformerConfig config, NDManager manager) {
        BertEncoder encoder = new BertEncoder(config);
        Shape s = new Shape(1, 8);
        encoder.initialize(manager, DataType.FLOAT32, s, s, s);
        return encoder;
    }

    /** all-MiniLM-L6-v2 from its ONNX file on the classpath. */
    public static BertEncoder miniLm(NDManager manager) throws IOException {
        return fromOnnx(OnnxWeights.readResource(MINILM_ONNX), TransformerConfig.miniLm(), manager);
    }

    /** An encoder of the given size with every weight taken from the ONNX initializers. */
    public static BertEncoder fromOnnx(Map<String, OnnxWeights.Tensor> weights, TransformerConfig config,
            NDManager manager) {
        BertEncoder encoder = randomEncoder(config, manager);
        Set<String> linear = encoder.denseLayers().keySet();
        for (Map.Entry<String, Parameter> e : encoder.namedParameters().entrySet()) {
            String name = e.getKey();
            OnnxWeights.Tensor t = weights.get(name);
            if (t == null) {
                throw new IllegalArgumentException("ONNX model has no weight '" + name + "'; it is not a BERT "
                        + "export of the expected size " + config);
            }
            boolean matMul = name.endsWith(".weight") && linear.contains(name.substring(0, name.length() - 7));
            set(e.getValue(), t, matMul);
        }
        return encoder;
    }

    private static void set(Parameter p, OnnxWeights.Tensor t, boolean transposed) {
        NDArray target = p.getArray();
        Shape shape = new Shape(t.shape());
        Shape expected = transposed ? new Shape(target.getShape().get(1), target.getShape().get(0)) : target.getShape();
        if (!shape.equals(expected)) {
            throw new IllegalArgumentException("weight " + p.getName() + " has shape " + shape + " in the ONNX file "
                    + "but the encoder expects " + expected + Arrays.toString(t.shape()));
        }
        if (!transposed) {
            target.set(t.values());
            return;
        }
        try (NDArray tmp = target.getManager().create(t.values(), shape); NDArray tr = tmp.transpose()) {
            target.set(tr.toFloatArray());
        }
    }

    /**
     * Copies embeddings and the chosen teacher layers into the student ({@code studentLayer i ← teacherLayers[i]}),
     * e.g. teacher layers 0, 2, 4 into a 3-layer student.
     */
    public static void copyLayers(BertEncoder teacher, BertEncoder student, int... teacherLayers) {
        if (teacherLayers.length != student.config().layers()) {
            throw new IllegalArgumentException("student has " + student.config().layers() + " layers but "
                    + teacherLayers.length + " teacher layers were chosen");
        }
        Map<String, Parameter> from = teacher.namedParameters();
        for (Map.Entry<String, Parameter> e : student.namedParameters().entrySet()) {
            String name = e.getKey();
            int layer = BertEncoder.layerOf(name);
            String source = layer < 0 ? name
                    : name.replaceFirst("^encoder\\.layer\\.\\d+\\.", "encoder.layer." + teacherLayers[layer] + ".");
            e.getValue().getArray().set(from.get(source).getArray().toFloatArray());
        }
    }
}
