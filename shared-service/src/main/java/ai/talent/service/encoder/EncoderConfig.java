package ai.talent.service.encoder;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/**
 * The suite's one sentence-encoder choice ({@code talent.encoder.*}), the same in every service that encodes text:
 * search's dense leg, matching's towers (their base), tutoring's portfolio relevance. Each service resolves it once
 * at start with shared-nn's {@code EncoderSelection} and logs and reports what it loaded.
 */
@ConfigMapping(prefix = "talent.encoder")
public interface EncoderConfig {

    /**
     * {@code teacher} | {@code bilingual} | {@code domain} | {@code domain-bilingual} | {@code auto} (the best
     * promoted: domain-bilingual, else bilingual, else domain, else the teacher). A choice the registry does not
     * hold falls back to the teacher, all-MiniLM-L6-v2 from its Maven artifact. Environment: {@code TALENT_ENCODER}.
     */
    @WithDefault("auto")
    String choice();

    /** The model registry the trained encoders are promoted in ({@code TALENT_MODEL_REGISTRY} in the launcher). */
    @WithDefault("target/models/registry")
    Path registry();
}
