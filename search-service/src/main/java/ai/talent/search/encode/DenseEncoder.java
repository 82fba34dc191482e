package ai.talent.search.encode;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.nn.text.EncoderSelection;
import ai.talent.nn.text.InferenceEngine;
import ai.talent.nn.text.SentenceChunker;
import ai.talent.nn.text.TextEncoder;
import ai.talent.nn.text.TextEncoderConfig;
import ai.talent.search.index.ProfileFields;
import java.util.List;

/**
 * The dense leg's encoder: sentence vectors from the suite's chosen encoder ({@code talent.encoder.choice}: the
 * pretrained MiniLM, or a bilingual or domain-tuned one from the model registry). A profile longer than one window is
 * cut at sentence boundaries and the chunk vectors averaged (shared-nn's {@link SentenceChunker}, as matching's towers
 * do), so the dense leg sees the whole profile. It also says what the encoder can read: whether it has Korean units
 * ({@link #readsHangul()}: MiniLM has none, so fusion lowers the dense leg's weight for Korean queries) and the share
 * of a query's word pieces it knows.
 */
public final class DenseEncoder implements AutoCloseable {

    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");

    private final TextEncoder encoder;
    private final SentenceChunker chunker;
    private final SkillTaxonomy taxonomy;
    private final EncoderSelection selection;

    public DenseEncoder(TextEncoder encoder, SentenceChunker chunker, SkillTaxonomy taxonomy,
                        EncoderSelection selection) {
        this.encoder = encoder;
        this.chunker = chunker;
        this.taxonomy = taxonomy;
        this.selection = selection;
    }

    /** The selected encoder with windows of {@code chunkTokens} word pieces and an LRU cache of query vectors. */
    public static DenseEncoder of(EncoderSelection selection, SkillTaxonomy taxonomy, int chunkTokens, int cacheSize) {
        return of(selection, taxonomy, chunkTokens, cacheSize, InferenceEngine.PYTORCH);
    }

    /** As above, served on {@code engine} (the same vectors within 1e-5 on either). */
    public static DenseEncoder of(EncoderSelection selection, SkillTaxonomy taxonomy, int chunkTokens, int cacheSize,
                                  InferenceEngine engine) {
        TextEncoder encoder = selection.load(TextEncoderConfig.defaults().withMaxLength(chunkTokens)
                .withCacheSize(cacheSize).withEngine(engine));
        return new DenseEncoder(encoder, SentenceChunker.of(selection, chunkTokens), taxonomy, selection);
    }

    /** all-MiniLM-L6-v2 from its Maven artifact. */
    public static DenseEncoder miniLm(SkillTaxonomy taxonomy, int chunkTokens, int cacheSize) {
        return of(EncoderSelection.teacher(), taxonomy, chunkTokens, cacheSize);
    }

    /** {@code talent.search.encoder.engine}: {@code onnx-runtime} or {@code pytorch}. */
    public static InferenceEngine engine(String name) {
        return switch (name.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "pytorch" -> InferenceEngine.PYTORCH;
            case "onnx-runtime" -> InferenceEngine.ONNX_RUNTIME;
            default -> throw new IllegalArgumentException("talent.search.encoder.engine must be onnx-runtime or pytorch, "
                    + "was '" + name + "'");
        };
    }

    /** The encoder's model and version ({@code all-MiniLM-L6-v2}, {@code encoder-bilingual v3}). */
    public String name() {
        return selection.id();
    }

    public EncoderSelection selection() {
        return selection;
    }

    /** Whether the encoder's vocabulary has Korean units (then Korean queries get the English dense weight). */
    public boolean readsHangul() {
        return selection.readsHangul();
    }

    /**
     * Names the vector space the profile vectors live in: the encoder's model and version and the window size. An
     * index records it; vectors of two fingerprints never share an index.
     */
    public String fingerprint() {
        return selection.id() + "/chunks-" + chunker.chunkTokens();
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
        return chunker.embed(encoder, freelancers.stream().map(this::profileText).toList());
    }

    /**
     * A query's vector, cached by its normalised text (trimmed, runs of white space as one space: the word pieces,
     * and so the vector, are the same), so a recruiter's repeated query skips the forward pass.
     */
    public float[] query(String text) {
        return encoder.embed(WHITE_SPACE.matcher(text.strip()).replaceAll(" "));
    }

    /** Texts' vectors, in order (cached by text). */
    public float[][] texts(List<String> texts) {
        return encoder.embed(texts);
    }

    /**
     * The share of a text's word pieces the encoder's vocabulary knows (1 for English; for Korean with MiniLM the
     * jamo pieces it decomposes Hangul into count as known, the rest is [UNK]); 0 for a text without any.
     */
    public double readability(String text) {
        return chunker.knownShare(text);
    }

    /** How many windows the profile is encoded in. */
    public int chunkCount(Freelancer f) {
        return chunker.chunks(profileText(f)).size();
    }

    @Override
    public void close() throws Exception {
        chunker.close();
        encoder.close();
    }
}
