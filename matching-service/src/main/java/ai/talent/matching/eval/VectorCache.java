package ai.talent.matching.eval;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import ai.talent.matching.text.TextVectors;
import ai.talent.nn.text.VectorFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * The evaluation's profile vectors kept on disk between runs (shared-nn's {@link VectorFile}), one file per vector
 * space, so a second run over the same markets skips the encoder: embedding the four default pools twice is about
 * two thirds of a full run on two cores. The space is the towers' {@link TextVectors#fingerprint()}, for fine-tuned
 * towers with the digest of their weights ({@link #weightsDigest}), so a different training never reads another's
 * vectors. Evaluation tooling: the service never reads it.
 */
final class VectorCache implements TextVectors {

    private final TextVectors encoder;
    private final VectorFile file;
    private int hits;
    private int misses;

    /**
     * @param encoder what embeds the texts not on file
     * @param space   the vector space (the encoder's fingerprint, plus its weights' digest when trained here)
     * @param folder  where the files are kept; null keeps nothing on disk
     */
    VectorCache(TextVectors encoder, String space, Path folder) {
        this.encoder = encoder;
        this.file = VectorFile.open(folder == null ? null
                : folder.resolve("pool-" + VectorFile.sha256(space).substring(0, 24) + ".bin"), space,
                encoder.dimension());
    }

    @Override
    public String fingerprint() {
        return encoder.fingerprint();
    }

    @Override
    public int dimension() {
        return encoder.dimension();
    }

    @Override
    public float[][] embed(List<String> texts) {
        int[] asked = {0};
        float[][] out = file.embed(texts, missing -> {
            asked[0] += missing.size();
            return encoder.embed(missing);
        }, Integer.MAX_VALUE);
        misses += asked[0];
        hits += texts.size() - asked[0];
        return out;
    }

    /** Texts answered from the file (a text asked twice in one call counts as embedded once and read once). */
    int hits() {
        return hits;
    }

    int misses() {
        return misses;
    }

    void save() {
        file.save();
    }

    /** The SHA-256 of every parameter of {@code block}, by name, in order: two trainings agree only if equal. */
    static String weightsDigest(Block block) {
        MessageDigest sha = VectorFile.sha256();
        for (Pair<String, Parameter> p : block.getParameters()) {
            sha.update(p.getKey().getBytes(StandardCharsets.UTF_8));
            float[] values = p.getValue().getArray().toFloatArray();
            ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            bytes.asFloatBuffer().put(values);
            sha.update(bytes.array());
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
