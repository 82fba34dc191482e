package ai.talent.matching.text;

import ai.talent.nn.text.SentenceChunker;
import ai.talent.nn.text.TextEncoder;
import java.util.List;

/**
 * The towers' sentence vectors for texts of any length: shared-nn's {@link SentenceChunker} (sentences packed into
 * windows of at most {@code chunkTokens} word pieces, all chunks of a call in one sorted batch run, chunk vectors
 * averaged to unit length — as search's dense leg does), over a named encoder. On long documents averaged 256-token
 * chunks beat truncation, so both towers see the whole text. Thread-safe (the wrapped encoder is).
 */
public final class ChunkedEncoder implements TextVectors, AutoCloseable {

    private final TextEncoder encoder;
    private final SentenceChunker chunker;
    private final String name;

    /**
     * @param chunker counts word pieces with the encoder's own vocabulary (closed with this encoder)
     * @param name    what the vectors come from (the encoder and its version): vectors of different names do not
     *                belong in one index
     */
    public ChunkedEncoder(TextEncoder encoder, SentenceChunker chunker, String name) {
        this.encoder = encoder;
        this.chunker = chunker;
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** Identifies the vector space: encoder, version and chunking. */
    @Override
    public String fingerprint() {
        return name + "/chunks-" + chunker.chunkTokens();
    }

    @Override
    public int dimension() {
        return encoder.dimension();
    }

    public int chunkTokens() {
        return chunker.chunkTokens();
    }

    public TextEncoder textEncoder() {
        return encoder;
    }

    public float[] embed(String text) {
        return embed(List.of(text))[0];
    }

    /** Unit vectors of the texts, in order: each the normalised mean of its chunks' vectors. */
    @Override
    public float[][] embed(List<String> texts) {
        return chunker.embed(encoder, texts);
    }

    /** Sentences packed greedily into chunks of at most {@code chunkTokens - 2} word pieces (room for CLS, SEP). */
    public List<String> chunks(String text) {
        return chunker.chunks(text);
    }

    /** Word pieces of a text without CLS and SEP (at most the counter's limit). */
    public int tokens(String text) {
        return chunker.tokens(text);
    }

    @Override
    public void close() throws Exception {
        chunker.close();
        encoder.close();
    }
}
