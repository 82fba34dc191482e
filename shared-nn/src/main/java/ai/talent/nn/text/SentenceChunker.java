package ai.talent.nn.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentence vectors for texts of any length, as search's dense leg and matching's towers make them: a text longer
 * than one window is cut at sentence boundaries into chunks of at most {@code chunkTokens} word pieces, every chunk
 * of a call is encoded in one sorted batch run, and each text's chunk vectors are averaged and scaled to unit
 * length. On long documents averaged 256-token chunks beat truncation, so the encoder sees the whole text.
 * Thread-safe (the tokenizer and the encoder are).
 */
public final class SentenceChunker implements AutoCloseable {

    /** Word pieces the counting tokenizer reads at most: more than any chunk, so a sentence is counted whole. */
    public static final int COUNTER_LIMIT = 512;
    private static final String SENTENCE_END = "(?<=[.!?。])\\s+|\\n+";

    private final TextTokenizer counter;
    private final int chunkTokens;

    /**
     * @param counter a tokenizer of the encoder's vocabulary with a limit above {@code chunkTokens}, used only to
     *                count word pieces (closed with this chunker)
     */
    public SentenceChunker(TextTokenizer counter, int chunkTokens) {
        if (chunkTokens < 8) {
            throw new IllegalArgumentException("chunks need at least 8 word pieces, got " + chunkTokens);
        }
        this.counter = counter;
        this.chunkTokens = chunkTokens;
    }

    /** A chunker counting with the selected encoder's own tokenizer. */
    public static SentenceChunker of(EncoderSelection selection, int chunkTokens) {
        return new SentenceChunker(selection.tokenizer(COUNTER_LIMIT), chunkTokens);
    }

    public int chunkTokens() {
        return chunkTokens;
    }

    /** Word pieces of a text without [CLS] and [SEP] (at most the counter's limit). */
    public int tokens(String text) {
        return counter.ids(text).length - 2;
    }

    /** The share of a text's word pieces the encoder's vocabulary knows ({@link TextTokenizer#knownShare}). */
    public double knownShare(String text) {
        return counter.knownShare(text);
    }

    /** Sentences packed greedily into chunks of at most {@code chunkTokens - 2} word pieces (room for CLS, SEP). */
    public List<String> chunks(String text) {
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int tokens = 0;
        int budget = chunkTokens - 2;
        for (String sentence : text.split(SENTENCE_END)) {
            if (sentence.isBlank()) {
                continue;
            }
            int n = tokens(sentence);
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
            // a blank text still gets a vector (of a neutral token), so every text has one
            chunks.add(text.isBlank() ? "-" : text);
        }
        return chunks;
    }

    /** Unit vectors of the texts, in order: each the normalised mean of its chunks' vectors. */
    public float[][] embed(TextEncoder encoder, List<String> texts) {
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
            out[i] = unit(mean);
        }
        return out;
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) (v[i] / norm);
            }
        }
        return v;
    }

    @Override
    public void close() {
        counter.close();
    }
}
