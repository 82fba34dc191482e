package ai.talent.success.feature;

import ai.talent.nn.text.EncoderSelection;
import ai.talent.nn.text.TextEncoder;
import ai.talent.nn.text.TextEncoderConfig;

/**
 * The pretrained all-MiniLM-L6-v2 from its Maven artifact (no download), through shared-nn's cached,
 * thread-safe {@link TextEncoder}. Texts are cut at 128 word pieces, the length the model was trained on: the
 * role and domain of a project or profile are stated early, and at 256 pieces one long description cost about
 * 0.25 s of CPU here, which made embedding a simulated marketplace take minutes.
 */
public final class MiniLmEmbedder extends EncoderEmbedder {

    public static final int MAX_TOKENS = 128;

    public MiniLmEmbedder(int cacheSize) {
        super(TextEncoder.miniLm(TextEncoderConfig.defaults().withMaxLength(MAX_TOKENS).withCacheSize(cacheSize)),
                EncoderSelection.TEACHER_NAME);
    }
}
