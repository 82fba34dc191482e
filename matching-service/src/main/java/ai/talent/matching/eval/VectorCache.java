package ai.talent.matching.eval;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import ai.talent.matching.text.TextVectors;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The evaluation's text vectors kept on disk between runs, one file per vector space, so a second run over the same
 * markets skips the encoder: embedding the four default pools twice is about two thirds of a full run on two cores.
 * A vector is keyed by the SHA-256 of its text, a file by the SHA-256 of the space's {@link TextVectors#fingerprint()}
 * (for fine-tuned towers the evaluation adds the digest of their weights, so a different training never reads
 * another's vectors). A file of another width is ignored. Evaluation tooling: the service never reads it.
 */
final class VectorCache implements TextVectors {

    private final TextVectors encoder;
    private final String fingerprint;
    private final Path file;
    private final Map<String, float[]> known = new HashMap<>();
    private int hits;
    private int misses;

    /**
     * @param encoder     what embeds the texts not in the file
     * @param fingerprint the vector space (the encoder's fingerprint, plus its weights' digest when trained here)
     * @param folder      where the files are kept; null keeps nothing on disk
     */
    VectorCache(TextVectors encoder, String fingerprint, Path folder) {
        this.encoder = encoder;
        this.fingerprint = fingerprint;
        this.file = folder == null ? null : folder.resolve("pool-" + sha256(fingerprint).substring(0, 24) + ".bin");
        if (file != null && Files.isRegularFile(file)) {
            read();
        }
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
        List<String> missing = new ArrayList<>();
        List<String> keys = new ArrayList<>(texts.size());
        for (String t : texts) {
            String key = sha256(t);
            keys.add(key);
            if (!known.containsKey(key)) {
                missing.add(t);
            }
        }
        if (!missing.isEmpty()) {
            float[][] fresh = encoder.embed(missing);
            for (int i = 0; i < fresh.length; i++) {
                known.put(sha256(missing.get(i)), fresh[i]);
            }
        }
        misses += missing.size();
        hits += texts.size() - missing.size();
        float[][] out = new float[texts.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = known.get(keys.get(i));
        }
        return out;
    }

    int hits() {
        return hits;
    }

    int misses() {
        return misses;
    }

    /** Writes what was embedded since the file was read (a temporary file moved into place). */
    void save() {
        if (file == null || misses == 0) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeUTF(fingerprint);
                out.writeInt(dimension());
                out.writeInt(known.size());
                for (Map.Entry<String, float[]> e : known.entrySet()) {
                    out.writeUTF(e.getKey());
                    for (float f : e.getValue()) {
                        out.writeFloat(f);
                    }
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the vector cache " + file, e);
        }
    }

    private void read() {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            String space = in.readUTF();
            int d = in.readInt();
            int n = in.readInt();
            if (!space.equals(fingerprint) || d != dimension()) {
                return;
            }
            for (int i = 0; i < n; i++) {
                String key = in.readUTF();
                float[] v = new float[d];
                for (int j = 0; j < d; j++) {
                    v[j] = in.readFloat();
                }
                known.put(key, v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the vector cache " + file + " (delete it to start afresh)", e);
        }
    }

    /** The SHA-256 of every parameter of {@code block}, by name, in order: two trainings agree only if equal. */
    static String weightsDigest(Block block) {
        MessageDigest sha = sha();
        for (Pair<String, Parameter> p : block.getParameters()) {
            sha.update(p.getKey().getBytes(StandardCharsets.UTF_8));
            float[] values = p.getValue().getArray().toFloatArray();
            ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            bytes.asFloatBuffer().put(values);
            sha.update(bytes.array());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static String sha256(String text) {
        return HexFormat.of().formatHex(sha().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
