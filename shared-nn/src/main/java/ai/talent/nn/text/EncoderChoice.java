package ai.talent.nn.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which sentence encoder a service loads: the pretrained English MiniLM, the bilingual (Korean–English) student,
 * either of them fine-tuned on the talent taxonomies, or {@code auto}, the best of them the registry has promoted.
 * A configuration value names it ({@code teacher}, {@code bilingual}, {@code domain}, {@code domain-bilingual},
 * {@code auto}); {@link EncoderSelection#resolve} resolves it against a registry, falling back to the teacher.
 */
public enum EncoderChoice {

    /** all-MiniLM-L6-v2 from its Maven artifact: always available. */
    TEACHER("teacher", null, "built in"),
    /** The promoted Korean–English student. */
    BILINGUAL("bilingual", EncoderSource.BILINGUAL, "./talent train encoder-bilingual"),
    /** MiniLM fine-tuned on job titles and skills. */
    DOMAIN("domain", EncoderSource.DOMAIN, "./talent train encoder-domain"),
    /** The bilingual student fine-tuned on job titles and skills. */
    DOMAIN_BILINGUAL("domain-bilingual", EncoderSource.DOMAIN_BILINGUAL,
            "./talent train encoder-domain --base bilingual"),
    /**
     * The best promoted one, in the order of {@link #AUTO_ORDER}, else the teacher. A fresh clone (CI) has none, so
     * {@code auto} is always safe to configure.
     */
    AUTO("auto", null, "any of the trainings above");

    /**
     * What {@link #AUTO} takes, best first. Reading Hangul comes before domain tuning: about half of the marketplace's
     * queries and profiles are Korean, and to an English-only vocabulary they are mostly {@code [UNK]} (the dense
     * legs all but switch off for them), while domain tuning improves an encoder that already reads the text (job
     * titles and skill aliases). So: domain-bilingual (reads both languages and knows the domain), bilingual
     * (reads both), domain (English only, knows the domain), then the teacher.
     */
    public static final List<EncoderChoice> AUTO_ORDER = List.of(DOMAIN_BILINGUAL, BILINGUAL,
            DOMAIN);

    private final String key;
    private final String registryName;
    private final String trainedBy;

    EncoderChoice(String key, String registryName, String trainedBy) {
        this.key = key;
        this.registryName = registryName;
        this.trainedBy = trainedBy;
    }

    /** The configuration value. */
    public String key() {
        return key;
    }

    /** The model's name in the registry; null for the built-in teacher and for {@code auto}. */
    public String registryName() {
        return registryName;
    }

    /** The command that trains and promotes it. */
    public String trainedBy() {
        return trainedBy;
    }

    /** The choice a configuration value names (case-insensitive); the error lists the valid values. */
    public static EncoderChoice parse(String value) {
        for (EncoderChoice c : values()) {
            if (c.key.equalsIgnoreCase(value == null ? "" : value.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown encoder '" + value + "': choose one of "
                + Arrays.stream(values()).map(EncoderChoice::key).collect(Collectors.joining(" | ")));
    }

    @Override
    public String toString() {
        return key.toLowerCase(Locale.ROOT);
    }
}
