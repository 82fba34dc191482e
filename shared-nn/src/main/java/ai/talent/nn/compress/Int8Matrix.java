package ai.talent.nn.compress;

/**
 * A matrix quantized row by row to int8 with a symmetric scale per row ({@code w ≈ q * scale},
 * {@code scale = max|row| / 127}). For a linear weight stored {@code [out, in]} a row is an output channel.
 */
public record Int8Matrix(int rows, int cols, byte[] values, float[] scales) {

    /** Quantizes a row-major {@code rows × cols} matrix. */
    public static Int8Matrix quantize(float[] w, int rows, int cols) {
        byte[] q = new byte[rows * cols];
        float[] scales = new float[rows];
        for (int r = 0; r < rows; r++) {
            float max = 0;
            for (int c = 0; c < cols; c++) {
                max = Math.max(max, Math.abs(w[r * cols + c]));
            }
            float scale = max == 0 ? 1f : max / 127f;
            scales[r] = scale;
            for (int c = 0; c < cols; c++) {
                q[r * cols + c] = (byte) Math.max(-127, Math.min(127, Math.round(w[r * cols + c] / scale)));
            }
        }
        return new Int8Matrix(rows, cols, q, scales);
    }

    /** The fp32 matrix this stands for. */
    public float[] dequantize() {
        float[] w = new float[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                w[r * cols + c] = values[r * cols + c] * scales[r];
            }
        }
        return w;
    }
}
