package ai.talent.nn.transformer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.SparseFormat;

/**
 * Where the real tokens of a padded {@code [B, L]} batch are, so that the per-token layers (projections,
 * feed-forward, LayerNorm) run on the {@code [T, H]} real tokens only and skip the padding, which is most
 * of a batch of short texts padded to its longest one. Attention still works in the padded {@code [B, L]}
 * layout with the mask bias. Row gathers use the embedding lookup: a plain, differentiable index_select.
 */
final class TokenPacking {

    private final long batch;
    private final long length;
    private final NDArray tokens;
    private final NDArray spread;
    private final NDArray keep;

    private TokenPacking(long batch, long length, NDArray tokens, NDArray spread, NDArray keep) {
        this.batch = batch;
        this.length = length;
        this.tokens = tokens;
        this.spread = spread;
        this.keep = keep;
    }

    /** The packing of a {@code [B, L]} attention mask, or null when there is no padding to skip. */
    static TokenPacking of(NDArray mask) {
        long b = mask.getShape().get(0);
        long len = mask.getShape().get(1);
        long[] flat = mask.toType(DataType.INT64, false).toLongArray();
        int real = 0;
        for (long v : flat) {
            if (v != 0) {
                real++;
            }
        }
        if (real == 0 || real == flat.length) {
            return null;
        }
        long[] tokenPositions = new long[real];
        long[] rowOfPosition = new long[flat.length];
        float[] keepFlags = new float[flat.length];
        int t = 0;
        for (int i = 0; i < flat.length; i++) {
            if (flat[i] != 0) {
                keepFlags[i] = 1f;
                rowOfPosition[i] = t;
                tokenPositions[t++] = i;
            }
        }
        NDManager m = mask.getManager();
        return new TokenPacking(b, len, m.create(tokenPositions), m.create(rowOfPosition),
                m.create(keepFlags).reshape(b, len, 1));
    }

    /** Flat positions {@code b * L + j} of the real tokens, {@code [T]} INT64. */
    NDArray tokens() {
        return tokens;
    }

    /**
     * For each padded position, its row among the real tokens {@code [B * L]} INT64; padding positions point
     * at row 0, whose copy there is masked out of attention and never read back.
     */
    NDArray spread() {
        return spread;
    }

    /** Real tokens {@code [T, C]} of padded {@code [B, L, C]} states. */
    NDArray pack(NDArray padded) {
        return pack(padded, tokens);
    }

    /** Padded {@code [B, L, C]} states from real tokens {@code [T, C]}, zero at padding positions. */
    NDArray unpack(NDArray packed) {
        return spread(packed, spread, batch, length).mul(keep);
    }

    /** Rows {@code tokens} of {@code padded [B, L, C]} (or {@code [B * L, C]}), giving {@code [T, C]}. */
    static NDArray pack(NDArray padded, NDArray tokens) {
        long channels = padded.getShape().get(padded.getShape().dimension() - 1);
        return gather(padded.reshape(-1, channels), tokens);
    }

    /** Padded {@code [B, L, C]} from real tokens {@code [T, C]}; padding positions hold a copy of row 0. */
    static NDArray spread(NDArray packed, NDArray spread, long batch, long length) {
        return gather(packed, spread).reshape(batch, length, packed.getShape().get(1));
    }

    private static NDArray gather(NDArray rows, NDArray index) {
        return rows.getNDArrayInternal().embedding(index, rows, SparseFormat.DENSE).singletonOrThrow();
    }
}
