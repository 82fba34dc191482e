package ai.talent.success.evaluation;

import ai.talent.success.feature.TextEmbedder;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An evaluation's text embeddings kept on disk between runs (under the reports folder, never committed), so a
 * second run on the same texts — another feature set, more tuner trials — skips the encoder, which dominates an
 * evaluation's time on two cores. Keyed by the text itself; a file written for another encoder width is ignored.
 */
final class EmbeddingCache implements TextEmbedder, AutoCloseable {

    private static final int CHUNK = 512;

    private final TextEmbedder encoder;
    private final Path file;
    private final Map<String, float[]> known = new HashMap<>();
    private boolean dirty;

    EmbeddingCache(TextEmbedder encoder, Path file) {
        this.encoder = encoder;
        this.file = file;
        if (file != null && Files.isRegularFile(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                int d = in.readInt();
                int n = in.readInt();
                if (d == encoder.dimension()) {
                    for (int i = 0; i < n; i++) {
                        String text = in.readUTF();
                        float[] v = new float[d];
                        for (int j = 0; j < d; j++) {
                            v[j] = in.readFloat();
                        }
                        known.put(text, v);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the embedding cache " + file, e);
            }
        }
    }

    int size() {
        return known.size();
    }

    @Override
    public int dimension() {
        return encoder.dimension();
    }

    @Override
    public String encoderId() {
        return encoder.encoderId();
    }

    @Override
    public synchronized float[] embed(String text) {
        return embed(List.of(text))[0];
    }

    @Override
    public synchronized float[][] embed(List<String> texts) {
        java.util.Set<String> unseen = new java.util.LinkedHashSet<>();
        for (String t : texts) {
            if (!known.containsKey(t)) {
                unseen.add(t);
            }
        }
        List<String> missing = new ArrayList<>(unseen);
        // in chunks, each written out at once: a run stopped half way keeps what it embedded
        for (int from = 0; from < missing.size(); from += CHUNK) {
            List<String> chunk = missing.subList(from, Math.min(missing.size(), from + CHUNK));
            float[][] fresh = encoder.embed(chunk);
            for (int i = 0; i < fresh.length; i++) {
                known.put(chunk.get(i), fresh[i]);
            }
            dirty = true;
            if (missing.size() > CHUNK) {
                save();
            }
        }
        float[][] out = new float[texts.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = known.get(texts.get(i));
        }
        return out;
    }

    @Override
    public void close() {
        save();
    }

    private void save() {
        // modified UTF-8 holds at most 65,535 bytes: longer texts are embedded again next time
        if (file == null || !dirty) {
            return;
        }
        List<Map.Entry<String, float[]>> entries = known.entrySet().stream()
                .filter(e -> e.getKey().length() < 20_000).toList();
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeInt(encoder.dimension());
                out.writeInt(entries.size());
                for (Map.Entry<String, float[]> e : entries) {
                    out.writeUTF(e.getKey());
                    for (float f : e.getValue()) {
                        out.writeFloat(f);
                    }
                }
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            dirty = false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the embedding cache " + file, e);
        }
    }
}
