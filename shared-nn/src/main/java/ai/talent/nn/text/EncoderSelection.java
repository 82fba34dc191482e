package ai.talent.nn.text;

import ai.djl.ndarray.NDManager;
import ai.talent.nn.compress.EncoderFile;
import ai.talent.nn.registry.ModelRegistry;
import ai.talent.nn.registry.PublishedModel;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.PretrainedWeights;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The suite's one encoder choice resolved against a model registry: which encoder an {@link EncoderChoice} names
 * there, its files, what to call it, and whether it reads Hangul. A choice the registry does not hold (a fresh clone,
 * CI) falls back to the pretrained MiniLM from its Maven artifact and says so in {@link #description()}; nothing is
 * loaded until {@link #load}, so a service can log and report what it will use first.
 *
 * @param asked       the configured choice
 * @param resolved    what it came to: {@link EncoderChoice#TEACHER} or a registry model's choice, never {@code auto}
 * @param model       the model's name: {@value #TEACHER_NAME} or its registry name
 * @param version     the promoted version; null for the teacher
 * @param weights     the published encoder file; null for the teacher
 * @param tokenizer   the published tokenizer.json; null for the teacher
 * @param description what a log line or a status answer shows: {@code encoder-bilingual v3 (bilingual)} or
 *                    {@code all-MiniLM-L6-v2 (fallback: encoder-bilingual not in target/models/registry)}
 * @param readsHangul whether the tokenizer has Korean units (Hangul is not {@code [UNK]} to it)
 */
public record EncoderSelection(EncoderChoice asked, EncoderChoice resolved, String model, String version, Path weights,
        Path tokenizer, String description, boolean readsHangul) {

    /** The pretrained teacher's name. */
    public static final String TEACHER_NAME = "all-MiniLM-L6-v2";
    /** Korean that a vocabulary with Korean units reads as syllables and subwords. */
    static final String HANGUL_PROBE = "서울 백엔드 개발자 경력 오 년 이상 프로젝트";

    /** Resolves a choice against the registry in {@code registryRoot} (which need not exist). */
    public static EncoderSelection resolve(EncoderChoice choice, Path registryRoot) {
        return resolve(choice, new ModelRegistry(registryRoot));
    }

    /**
     * Resolves a choice: {@code teacher} is the built-in MiniLM; a named model is its promoted version; {@code auto}
     * is the first promoted one of {@link EncoderChoice#AUTO_ORDER}; anything not promoted falls back to the teacher.
     */
    public static EncoderSelection resolve(EncoderChoice choice, ModelRegistry registry) {
        if (choice == EncoderChoice.TEACHER) {
            return teacher(choice, TEACHER_NAME + " (pretrained, English)");
        }
        List<EncoderChoice> candidates = choice == EncoderChoice.AUTO ? EncoderChoice.AUTO_ORDER : List.of(choice);
        List<String> missing = new ArrayList<>();
        for (EncoderChoice c : candidates) {
            String version = registry.currentVersion(c.registryName());
            if (version != null) {
                PublishedModel published = registry.loadCurrent(c.registryName(), EncoderSource.EXPECTATION);
                Path tokenizer = published.file(EncoderSource.TOKENIZER);
                return new EncoderSelection(choice, c, c.registryName(), published.version(),
                        published.file(EncoderSource.WEIGHTS), tokenizer,
                        c.registryName() + " " + published.version() + " (" + choice.key() + ")", reads(tokenizer));
            }
            missing.add(c.registryName());
        }
        return teacher(choice, TEACHER_NAME + " (fallback: " + String.join(", ", missing) + " not in "
                + registry.root() + ")");
    }

    /**
     * The encoder an {@link #id()} names, exactly: the teacher for {@value #TEACHER_NAME}, else that version of that
     * registry model, promoted or not. A model whose inputs were embedded by one encoder (a classifier's text
     * columns) names it so that it is served with the same vector space and never with whatever the suite's choice
     * resolves to today.
     *
     * @throws IllegalStateException when the registry does not hold that version, or the id names no encoder
     */
    public static EncoderSelection named(String id, ModelRegistry registry) {
        if (TEACHER_NAME.equals(id)) {
            return teacher(EncoderChoice.TEACHER, TEACHER_NAME + " (pretrained, English)");
        }
        String[] parts = id == null ? new String[0] : id.trim().split(" ");
        EncoderChoice choice = parts.length != 2 ? null : Arrays.stream(EncoderChoice.values())
                .filter(c -> parts[0].equals(c.registryName())).findFirst().orElse(null);
        if (choice == null) {
            throw new IllegalStateException("'" + id + "' names no encoder: expected " + TEACHER_NAME
                    + " or '<encoder model> <version>'");
        }
        if (registry == null || registry.versions(parts[0]).stream().noneMatch(v -> v.version().equals(parts[1]))) {
            throw new IllegalStateException("the encoder " + id + " is not in the model registry "
                    + (registry == null ? "(none configured)" : registry.root())
                    + ": train it (" + choice.trainedBy() + ") or copy it there");
        }
        PublishedModel published = registry.load(parts[0], parts[1], EncoderSource.EXPECTATION);
        Path tokenizer = published.file(EncoderSource.TOKENIZER);
        return new EncoderSelection(choice, choice, parts[0], published.version(),
                published.file(EncoderSource.WEIGHTS), tokenizer, id + " (named by the model)", reads(tokenizer));
    }

    /** The pretrained teacher, asked for by name (no registry consulted). */
    public static EncoderSelection teacher() {
        return resolve(EncoderChoice.TEACHER, (ModelRegistry) null);
    }

    private static EncoderSelection teacher(EncoderChoice asked, String description) {
        return new EncoderSelection(asked, EncoderChoice.TEACHER, TEACHER_NAME, null, null, null, description, false);
    }

    /**
     * Whether a tokenizer has Korean units: MiniLM's turns Hangul into jamo pieces or {@code [UNK]} (false), the
     * bilingual students' into syllables and subwords (true).
     */
    public static boolean readsHangul(TextTokenizer tokenizer) {
        return tokenizer.hangulUnitShare(HANGUL_PROBE) >= 0.5;
    }

    private static boolean reads(Path tokenizerFile) {
        try (TextTokenizer t = TextTokenizer.fromFile(tokenizerFile, 64)) {
            return readsHangul(t);
        } catch (IOException e) {
            throw new UncheckedIOException("the tokenizer " + tokenizerFile + " could not be read: " + e.getMessage(), e);
        }
    }

    public boolean isTeacher() {
        return weights == null;
    }

    /**
     * Names the encoder's vector space: {@code all-MiniLM-L6-v2} or {@code encoder-bilingual v3}. Vectors of two ids
     * never belong in one index.
     */
    public String id() {
        return version == null ? model : model + " " + version;
    }

    /** The encoder, frozen for inference, on the configured engine. */
    public TextEncoder load(TextEncoderConfig config) {
        return isTeacher() ? TextEncoder.miniLm(config) : EncoderSource.fromFiles(weights, tokenizer, config);
    }

    /** The encoder and what it is, in one closeable. */
    public ChosenEncoder open(TextEncoderConfig config) {
        return new ChosenEncoder(load(config), this);
    }

    /** The encoder's tokenizer with a limit of {@code maxLength} word pieces. */
    public TextTokenizer tokenizer(int maxLength) {
        try {
            return isTeacher() ? TextTokenizer.fromResource(PretrainedWeights.MINILM_TOKENIZER, maxLength)
                    : TextTokenizer.fromFile(tokenizer, maxLength);
        } catch (IOException e) {
            throw new UncheckedIOException("the tokenizer of " + id() + " could not be loaded: " + e.getMessage(), e);
        }
    }

    /** A trainable copy of the encoder's weights in {@code manager} (fine-tuning starts from it). */
    public BertEncoder trainable(NDManager manager) {
        try {
            return isTeacher() ? PretrainedWeights.miniLm(manager) : EncoderFile.load(weights, manager, false);
        } catch (IOException e) {
            throw new UncheckedIOException("the encoder " + id() + " could not be loaded: " + e.getMessage(), e);
        }
    }

    /** The valid configuration values, for messages. */
    public static String choices() {
        return Arrays.stream(EncoderChoice.values()).map(EncoderChoice::key)
                .collect(Collectors.joining(" | "));
    }
}
