package ai.talent.nn.text;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Text vectors of one vector space kept on disk between runs of an evaluation, so a second run over the same texts
 * skips the encoder, which dominates an evaluation's time on two cores. A vector is keyed by the SHA-256 of its
 * text; the file records its space (an encoder's id, plus whatever else decides the vectors) and width, and a file
 * of another space or width is not read. Evaluation tooling, never a service's state: a file deleted costs one
 * run's encoding. Files of the first format (width, count, then each text with its vector, no space) are read as
 * the space they are opened for.
 */
public final class VectorFile {

    private static final int MAGIC = 0x54564631; // "TVF1"

    private final Path file;
    private final String space;
    private final int dimension;
    private final Map<String, float[]> known = new ConcurrentHashMap<>();
    private volatile boolean dirty;

    private VectorFile(Path file, String space, int dimension) {
        this.file = file;
        this.space = space;
        this.dimension = dimension;
    }

    /**
     * Reads {@code file} when it holds vectors of {@code space} and {@code dimension}; null keeps nothing on disk.
     */
    public static VectorFile open(Path file, String space, int dimension) {
        VectorFile vectors = new VectorFile(file, space, dimension);
        if (file != null && Files.isRegularFile(file)) {
            vectors.read();
        }
        return vectors;
    }

    public int size() {
        return known.size();
    }

    public int dimension() {
        return dimension;
    }

    /**
     * The vectors of {@code texts} in their order: those on file as they are, the others from {@code encoder}, asked
     * once per distinct text in slices of {@code slice}; with more than one slice the file is written after each, so
     * a run stopped half way keeps what it embedded.
     */
    public float[][] embed(List<String> texts, Function<List<String>, float[][]> encoder, int slice) {
        List<String> keys = new ArrayList<>(texts.size());
        Set<String> missing = new LinkedHashSet<>();
        for (String t : texts) {
            String key = key(t);
            keys.add(key);
            if (!known.containsKey(key)) {
                missing.add(t);
            }
        }
        List<String> todo = new ArrayList<>(missing);
        for (int from = 0; from < todo.size(); from += slice) {
            List<String> part = todo.subList(from, Math.min(todo.size(), from + slice));
            float[][] fresh = encoder.apply(part);
            for (int i = 0; i < fresh.length; i++) {
                if (fresh[i].length != dimension) {
                    throw new IllegalStateException("a vector of width " + fresh[i].length + " for a file of "
                            + dimension);
                }
                known.put(key(part.get(i)), fresh[i]);
            }
            dirty = true;
            if (todo.size() > slice) {
                save();
            }
        }
        float[][] out = new float[texts.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = known.get(keys.get(i));
        }
        return out;
    }

    /** Writes the file when something was added since it was read (a temporary file moved into place). */
    public synchronized void save() {
        if (file == null || !dirty) {
            return;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = parent.resolve(file.getFileName() + ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeInt(MAGIC);
                out.writeUTF(space);
                out.writeInt(dimension);
                List<Map.Entry<String, float[]>> entries = List.copyOf(known.entrySet());
                out.writeInt(entries.size());
                for (Map.Entry<String, float[]> e : entries) {
                    out.writeUTF(e.getKey());
                    for (float f : e.getValue()) {
                        out.writeFloat(f);
                    }
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            dirty = false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the vector file " + file, e);
        }
    }

    private void read() {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            int first = in.readInt();
            boolean legacy = first != MAGIC;
            if (!legacy && !in.readUTF().equals(space)) {
                return;
            }
            int d = legacy ? first : in.readInt();
            if (d != dimension) {
                return;
            }
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String key = legacy ? key(in.readUTF()) : in.readUTF();
                float[] v = new float[d];
                for (int j = 0; j < d; j++) {
                    v[j] = in.readFloat();
                }
                known.put(key, v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the vector file " + file + " (delete it to start afresh)", e);
        }
    }

    /** The SHA-256 of a string, in hex. */
    public static String sha256(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A fresh SHA-256 digest. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    private static String key(String text) {
        return sha256(text);
    }
}
