package ai.talent.nn.transformer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;

/** Turns hidden states {@code [B, L, H]} into one vector per sequence: masked mean or the [CLS] token. */
public enum Pooling {
    /** Mean over the tokens the attention mask keeps (what sentence-transformers' MiniLM uses). */
    MEAN,
    /** The first token's state. */
    CLS;

    /** Pools hidden states {@code [B, L, H]} under mask {@code [B, L]} into {@code [B, H]}. */
    public NDArray pool(NDArray hidden, NDArray mask) {
        if (this == CLS) {
            return hidden.get(new NDIndex(":, 0, :"));
        }
        NDArray m = mask.toType(DataType.FLOAT32, false).expandDims(-1);
        NDArray summed = hidden.mul(m).sum(new int[] {1});
        NDArray counts = m.sum(new int[] {1}).maximum(1e-9f);
        return summed.div(counts);
    }

    /** Scales each row to unit L2 norm. */
    public static NDArray normalize(NDArray vectors) {
        NDArray norm = vectors.norm(new int[] {-1}, true).maximum(1e-12f);
        return vectors.div(norm);
    }
}
