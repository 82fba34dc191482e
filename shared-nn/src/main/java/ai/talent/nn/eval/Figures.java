package ai.talent.nn.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures map an evaluation prints as its last line (one JSON object): a bootstrapped figure goes in as its
 * mean under {@code key}, its spread under {@code key.std} and its 95% interval under {@code key.ci95}.
 */
public final class Figures {

    private Figures() {
    }

    /** Puts {@code b}'s mean, spread and interval under {@code key}. */
    public static void put(Map<String, Object> figures, String key, Bootstrap b) {
        figures.put(key, b.mean());
        figures.put(key + ".std", b.std());
        figures.put(key + ".ci95", List.of(b.low(), b.high()));
    }

    /** A table cell for the figure under {@code key}: {@code mean ± std}. */
    public static String cell(Map<String, Object> figures, String key) {
        return String.format(Locale.ROOT, "%.4f ± %.4f", (double) figures.get(key), (double) figures.get(key + ".std"));
    }
}
