package ai.talent.search.encode;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.nn.text.TextEncoder;
import ai.talent.nn.text.TextEncoderConfig;
import ai.talent.nn.text.TextTokenizer;
import ai.talent.nn.transformer.PretrainedWeights;
import ai.talent.search.index.ProfileFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The dense leg's encoder: sentence vectors from the shared text encoder (MiniLM from its Maven artifact).
 * A profile longer than one window is cut into chunks of at most {@code chunkTokens} word pieces at sentence
 * boundaries and the chunk vectors averaged (on long texts, averaged 256-token chunks beat truncation), so the
 * dense leg sees the whole profile. It also says how much of a text the encoder can read: MiniLM's vocabulary
 * has no Hangul, so a Korean query is mostly [UNK] to it and fusion lowers the dense leg's weight.
 */
public final class DenseEncoder implements AutoCloseable {

    private final TextEncoder encoder;
    private final TextTokenizer counter;
    private final SkillTaxonomy taxonomy;
    private final int chunkTokens;
    private final long unknownId;
    private final String name;

    public DenseEncoder(TextEncoder encoder, TextTokenizer counter, SkillTaxonomy taxonomy, int chunkTokens,
                        String name) {
        this.encoder = encoder;
        this.counter = counter;
        this.taxonomy = taxonomy;
        this.chunkTokens = chunkTokens;
        this.name = name;
        long[] probe = counter.ids("\uAC00");
        this.unknownId = probe.length == 3 ? probe[1] : 100;
    }

    /** all-MiniLM-L6-v2 with windows of {@code chunkTokens} word pieces and an LRU cache of query vectors. */
    public static DenseEncoder miniLm(SkillTaxonomy taxonomy, int chunkTokens, int cacheSize) {
        TextEncoder encoder = TextEncoder.miniLm(TextEncoderConfig.defaults().withMaxLength(chunkTokens)
                .withCacheSize(cacheSize));
        try {
            TextTokenizer counter = TextTokenizer.fromResource(PretrainedWeights.MINILM_TOKENIZER, 512);
            return new DenseEncoder(encoder, counter, taxonomy, chunkTokens, "all-MiniLM-L6-v2");
        } catch (IOException e) {
            throw new UncheckedIOException("MiniLM tokenizer could not be loaded: " + e.getMessage(), e);
        }
    }

    public String name() {
        return name;
    }

    public int dimension() {
        return encoder.dimension();
    }

    /** The text a profile is encoded from: headline, bio, and its skills by their English names. */
    public String profileText(Freelancer f) {
        return f.headline() + "\n" + f.bio() + "\nSkills: " + ProfileFields.englishSkillNames(f, taxonomy);
    }

    public float[] profile(Freelancer f) {
        return profiles(List.of(f))[0];
    }

    /** Profile vectors: every chunk of every profile encoded in one sorted batch run, then averaged per profile. */
    public float[][] profiles(List<Freelancer> freelancers) {
        List<String> chunks = new ArrayList<>();
        int[] owner = new int[0];
        List<Integer> owners = new ArrayList<>();
        for (int i = 0; i < freelancers.size(); i++) {
            for (String chunk : chunks(profileText(freelancers.get(i)))) {
                chunks.add(chunk);
                owners.add(i);
            }
        }
        owner = owners.stream().mapToInt(Integer::intValue).toArray();
        float[][] vectors = encoder.embed(chunks);
        float[][] out = new float[freelancers.size()][];
        int[] counts = new int[freelancers.size()];
        for (int c = 0; c < vectors.length; c++) {
            int i = owner[c];
            if (out[i] == null) {
                out[i] = new float[vectors[c].length];
            }
            for (int d = 0; d < vectors[c].length; d++) {
                out[i][d] += vectors[c][d];
            }
            counts[i]++;
        }
        for (float[] v : out) {
            normalize(v);
        }
        return out;
    }

    /** A query's vector (cached by text). */
    public float[] query(String text) {
        return encoder.embed(text);
    }

    /** Texts' vectors, in order (cached by text). */
    public float[][] texts(List<String> texts) {
        return encoder.embed(texts);
    }

    /**
     * The share of a text's word pieces the encoder's vocabulary knows (1 for English, near 0 for Korean with
     * MiniLM); 0 for a text without any.
     */
    public double readability(String text) {
        long[] ids = counter.ids(text);
        int pieces = ids.length - 2;
        if (pieces <= 0) {
            return 0;
        }
        int unknown = 0;
        for (int i = 1; i < ids.length - 1; i++) {
            if (ids[i] == unknownId) {
                unknown++;
            }
        }
        return 1.0 - (double) unknown / pieces;
    }

    /** How many windows the profile is encoded in. */
    public int chunkCount(Freelancer f) {
        return chunks(profileText(f)).size();
    }

    /** Sentences packed greedily into chunks of at most {@code chunkTokens - 2} word pieces. */
    List<String> chunks(String text) {
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
            current.append(current.isEmpty() ? "" : " ").append(sentence.trim());
            tokens += n;
        }
        if (!current.isEmpty()) {
            chunks.add(current.toString());
        }
        if (chunks.isEmpty()) {
            chunks.add(text);
        }
        return chunks;
    }

    private static void normalize(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] /= (float) norm;
            }
        }
    }

    @Override
    public void close() throws Exception {
        counter.close();
        encoder.close();
    }
}
