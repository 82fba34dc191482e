package ai.talent.matching.text;

import ai.talent.nn.text.TextEncoder;
import ai.talent.nn.text.TextTokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence vectors for texts of any length: a text longer than one window is cut at sentence boundaries into
 * chunks of at most {@code chunkTokens} word pieces, every chunk is encoded (all chunks of a call in one sorted
 * batch run) and the chunk vectors are averaged and scaled to unit length. On long documents averaged 256-token
 * chunks beat truncation, so both towers see the whole text. Thread-safe (the wrapped encoder is).
 */
public final class ChunkedEncoder implements TextVectors, AutoCloseable {

    private final TextEncoder encoder;
    private final TextTokenizer counter;
    private final int chunkTokens;
    private final String name;

    /**
     * @param counter a tokenizer of the encoder's vocabulary with a limit above {@code chunkTokens}, used only to
     *                count word pieces
     * @param name    what the vectors come from (the encoder and its version): vectors of different names do not
     *                belong in one index
     */
    public ChunkedEncoder(TextEncoder encoder, TextTokenizer counter, int chunkTokens, String name) {
        if (chunkTokens < 8) {
            throw new IllegalArgumentException("chunks need at least 8 word pieces, got " + chunkTokens);
        }
        this.encoder = encoder;
        this.counter = counter;
        this.chunkTokens = chunkTokens;
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** Identifies the vector space: encoder, version and chunking. */
    @Override
    public String fingerprint() {
        return name + "/chunks-" + chunkTokens;
    }

    @Override
    public int dimension() {
        return encoder.dimension();
    }

    public int chunkTokens() {
        return chunkTokens;
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
        List<String> chunks = new ArrayList<>();
        int[] first = new int[texts.size() + 1];
        for (int i = 0; i < texts.size(); i++) {
            first[i] = chunks.size();
            chunks.addAll(chunks(texts.get(i)));
        }
        first[texts.size()] = chunks.size();
        float[][] vectors = encoder.embed(chunks);
        float[][] out = new float[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            float[] mean = new float[encoder.dimension()];
            for (int c = first[i]; c < first[i + 1]; c++) {
                for (int d = 0; d < mean.length; d++) {
                    mean[d] += vectors[c][d];
                }
            }
            out[i] = Vectors.normalize(mean);
        }
        return out;
    }

    /** Sentences packed greedily into chunks of at most {@code chunkTokens - 2} word pieces (room for CLS, SEP). */
    public List<String> chunks(String text) {
        String[] sentences = text.split("(?<=[.!?。])\\s+|\\n+");
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int tokens = 0;
        int budget = chunkTokens - 2;
        for (String sentence : sentences) {
            if (sentence.isBlank()) {
                continue;
            }
            int n = counter.ids(sentence).length - 2;
            if (tokens > 0 && tokens + n > budget) {
                chunks.add(current.toString());
                current.setLength(0);
                tokens = 0;
            }
            current.append(current.isEmpty() ? "" : " ").append(sentence.strip());
            tokens += n;
        }
        if (!current.isEmpty()) {
            chunks.add(current.toString());
        }
        if (chunks.isEmpty()) {
            chunks.add(text.isBlank() ? "-" : text);
        }
        return chunks;
    }

    /** Word pieces of a text without CLS and SEP (at most the counter's limit). */
    public int tokens(String text) {
        return counter.ids(text).length - 2;
    }

    @Override
    public void close() throws Exception {
        counter.close();
        encoder.close();
    }
}
