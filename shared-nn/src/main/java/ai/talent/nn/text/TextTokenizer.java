package ai.talent.nn.text;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * WordPiece tokenization with a HuggingFace tokenizer.json (native tokenizers library, offline), truncating
 * to a maximum length and padding a batch to its longest member.
 */
public final class TextTokenizer implements AutoCloseable {

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
            Map<String, String> options = Map.of("padding", "false", "truncation", "true",
                    "maxLength", Integer.toString(maxLength));
            return new TextTokenizer(HuggingFaceTokenizer.newInstance(in, options), maxLength);
        }
    }

    public int maxLength() {
        return maxLength;
    }

    /** Token ids of one text, with [CLS] and [SEP], truncated. */
    public long[] ids(String text) {
        return tokenizer.encode(text).getIds();
    }

    /** Tokenizes texts and pads them to the longest one. */
    public TokenBatch batch(List<String> texts) {
        Encoding[] encodings = tokenizer.batchEncode(texts);
        int len = 1;
        for (Encoding e : encodings) {
            len = Math.max(len, e.getIds().length);
        }
        long[][] ids = new long[encodings.length][len];
        long[][] types = new long[encodings.length][len];
        long[][] mask = new long[encodings.length][len];
        for (int i = 0; i < encodings.length; i++) {
            long[] id = encodings[i].getIds();
            long[] type = encodings[i].getTypeIds();
            System.arraycopy(id, 0, ids[i], 0, id.length);
            System.arraycopy(type, 0, types[i], 0, type.length);
            for (int j = 0; j < id.length; j++) {
                mask[i][j] = 1;
            }
        }
        return new TokenBatch(ids, types, mask);
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
