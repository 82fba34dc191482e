package ai.talent.success.evaluation;

import ai.talent.nn.text.VectorFile;
import ai.talent.success.feature.TextEmbedder;
import java.nio.file.Path;
import java.util.List;

/**
 * An evaluation's text embeddings kept on disk between runs (shared-nn's {@link VectorFile}, under the embedding
 * cache folder, never committed), so a second run on the same texts — another feature set, more tuner trials — skips
 * the encoder, which dominates an evaluation's time on two cores. The file's vector space is the encoder's id.
 */
final class EmbeddingCache implements TextEmbedder, AutoCloseable {

    /** Texts embedded between two writes of the file: a run stopped half way keeps what it embedded. */
    private static final int SLICE = 512;

    private final TextEmbedder encoder;
    private final VectorFile file;

    EmbeddingCache(TextEmbedder encoder, Path file) {
        this.encoder = encoder;
        this.file = VectorFile.open(file, encoder.encoderId(), encoder.dimension());
    }

    int size() {
        return file.size();
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
        return file.embed(texts, encoder::embed, SLICE);
    }

    @Override
    public void close() {
        file.save();
    }
}
