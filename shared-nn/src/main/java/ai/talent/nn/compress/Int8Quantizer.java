package ai.talent.nn.compress;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.Dense;
import ai.talent.nn.transformer.Embeddings;

/**
 * Post-training int8 quantization of an encoder in memory: every linear weight (per output channel) and the
 * token embedding table (per row) become int8 plus fp32 scales. Linear layers dequantize their weight for
 * each forward pass, so memory shrinks while compute stays fp32.
 */
public final class Int8Quantizer {

    private Int8Quantizer() {
    }

    /**
     * Quantizes the encoder's linear weights and token table in place. A quantized encoder is for inference
     * only, so all its parameters are frozen first (the fp32 arrays it drops could not be frozen later).
     */
    public static void quantize(BertEncoder encoder) {
        encoder.freezeParameters(true);
        for (Dense dense : encoder.denseLayers().values()) {
            if (dense.isQuantized()) {
                continue;
            }
            NDArray w = dense.weight().getArray();
            Int8Matrix q = Int8Matrix.quantize(w.toFloatArray(), dense.outFeatures(), dense.inFeatures());
            use(dense, q, w.getManager());
        }
        Embeddings emb = encoder.embeddings();
        if (emb.int8Words() == null) {
            NDArray table = emb.words().getArray();
            Shape s = table.getShape();
            use(emb, Int8Matrix.quantize(table.toFloatArray(), (int) s.get(0), (int) s.get(1)), table.getManager());
        }
    }

    static void use(Dense dense, Int8Matrix q, NDManager manager) {
        dense.useInt8(manager.create(q.values(), new Shape(q.rows(), q.cols())),
                manager.create(q.scales(), new Shape(q.rows())));
    }

    static void use(Embeddings emb, Int8Matrix q, NDManager manager) {
        emb.useInt8Words(manager.create(q.values(), new Shape(q.rows(), q.cols())),
                manager.create(q.scales(), new Shape(q.rows(), 1)));
    }

    /** Bytes held by the encoder's weights (int8 tables count one byte per value plus their scales). */
    public static long weightBytes(BertEncoder encoder) {
        long bytes = 0;
        for (var p : encoder.getParameters().values()) {
            NDArray a = p.getArray();
            if (!a.isReleased()) {
                bytes += a.size() * a.getDataType().getNumOfBytes();
            }
        }
        for (Dense dense : encoder.denseLayers().values()) {
            if (dense.isQuantized()) {
                bytes += dense.int8Weight().size() + dense.channelScales().size() * 4;
            }
        }
        if (encoder.embeddings().int8Words() != null) {
            bytes += encoder.embeddings().int8Words().size() + encoder.embeddings().wordScales().size() * 4;
        }
        return bytes;
    }
}
