package ai.talent.nn.text;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * WordPiece tokenization with a HuggingFace tokenizer.json (native tokenizers library, offline), truncating
 * to a maximum length and padding a batch to its longest member.
 */
public final class TextTokenizer implements AutoCloseable {

    /** The word piece of anything the vocabulary lacks (BERT's convention, kept by every tokenizer here). */
    public static final String UNKNOWN = "[UNK]";

    private final HuggingFaceTokenizer tokenizer;
    private final int maxLength;

    private TextTokenizer(HuggingFaceTokenizer tokenizer, int maxLength) {
        this.tokenizer = tokenizer;
        this.maxLength = maxLength;
    }

    /** Loads a tokenizer.json from the classpath. */
    public static TextTokenizer fromResource(String resource, int maxLength) throws IOException {
        if (maxLength < 2) {
            throw new IllegalArgumentException("maxLength must leave room for [CLS] and [SEP], got " + maxLength);
        }
        try (InputStream in = TextTokenizer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("tokenizer resource '" + resource + "' is not on the classpath");
            }
            return fromStream(in, maxLength);
        }
    }

    private static TextTokenizer fromStream(InputStream in, int maxLength) throws IOException {
        if (maxLength < 2) {
            throw new IllegalArgumentException("maxLength must leave room for [CLS] and [SEP], got " + maxLength);
        }
        Map<String, String> options = Map.of("padding", "false", "truncation", "true",
                "maxLength", Integer.toString(maxLength));
        return new TextTokenizer(HuggingFaceTokenizer.newInstance(in, options), maxLength);
    }

    /** Loads a tokenizer.json file (e.g. a trained model's, from the registry). */
    public static TextTokenizer fromFile(Path file, int maxLength) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("tokenizer file " + file.toAbsolutePath() + " does not exist");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return fromStream(in, maxLength);
        }
    }

    public int maxLength() {
        return maxLength;
    }

    /** Token ids of one text, with [CLS] and [SEP], truncated. */
    public long[] ids(String text) {
        return tokenizer.encode(text).getIds();
    }

    /** The word pieces of one text, with [CLS] and [SEP], truncated. */
    public String[] tokens(String text) {
        return tokenizer.encode(text).getTokens();
    }

    /**
     * The share of a text's word pieces (within the limit, [CLS] and [SEP] aside) that the vocabulary knows, i.e. are
     * not {@code [UNK]}: near 1 for English, near 0 for Korean with MiniLM's vocabulary; 0 for a text without any.
     */
    public double knownShare(String text) {
        return share(text, piece -> !UNKNOWN.equals(piece));
    }

    /**
     * The share of a Korean text's word pieces that hold whole Hangul syllables: 0 for MiniLM, whose normaliser
     * decomposes Hangul into jamo pieces (which carry next to no meaning for it) or {@code [UNK]}; near 1 for a
     * vocabulary with Korean units (the bilingual student's).
     */
    public double hangulUnitShare(String text) {
        return share(text, piece -> piece.chars().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3));
    }

    /** The share of a text's word pieces ([CLS] and [SEP] aside) that {@code counts} accepts; 0 without any. */
    private double share(String text, Predicate<String> counts) {
        String[] tokens = tokens(text);
        int pieces = tokens.length - 2;
        if (pieces <= 0) {
            return 0;
        }
        int counted = 0;
        for (int i = 1; i < tokens.length - 1; i++) {
            if (counts.test(tokens[i])) {
                counted++;
            }
        }
        return (double) counted / pieces;
    }

    /** Tokenizes texts and pads them to the longest one. */
    public TokenBatch batch(List<String> texts) {
        return pad(encodeAll(texts));
    }

    /** Token ids of each text, unpadded. */
    public List<long[]> encodeAll(List<String> texts) {
        Encoding[] encodings = tokenizer.batchEncode(texts);
        List<long[]> ids = new ArrayList<>(encodings.length);
        for (Encoding e : encodings) {
            ids.add(e.getIds());
        }
        return ids;
    }

    /** Right-pads token id sequences (type ids 0, mask 1 on real tokens). */
    public static TokenBatch pad(List<long[]> sequences) {
        int len = 1;
        for (long[] s : sequences) {
            len = Math.max(len, s.length);
        }
        long[][] ids = new long[sequences.size()][len];
        long[][] types = new long[sequences.size()][len];
        long[][] mask = new long[sequences.size()][len];
        for (int i = 0; i < sequences.size(); i++) {
            long[] id = sequences.get(i);
            System.arraycopy(id, 0, ids[i], 0, id.length);
            Arrays.fill(mask[i], 0, id.length, 1L);
        }
        return new TokenBatch(ids, types, mask);
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
