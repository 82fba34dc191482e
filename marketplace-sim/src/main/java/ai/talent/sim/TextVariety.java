package ai.talent.sim;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Measures how varied a stream of texts is on its first {@code limit} texts (bounded memory): the share of
 * token 3-grams that are distinct, and the share of texts that are distinct. A slot-filling template
 * repeats most of its 3-grams, so its ratio stays low however many slots it fills.
 */
public final class TextVariety {

    private final int limit;
    private final Set<Long> trigrams = new HashSet<>();
    private final Set<Long> texts = new HashSet<>();
    private long totalTrigrams;
    private int seen;

    public TextVariety(int limit) {
        this.limit = limit;
    }

    public void add(String text) {
        if (seen >= limit) {
            return;
        }
        seen++;
        texts.add(hash(text));
        String[] tokens = tokens(text);
        for (int i = 0; i + 2 < tokens.length; i++) {
            trigrams.add(hash(tokens[i] + '\u0001' + tokens[i + 1] + '\u0001' + tokens[i + 2]));
            totalTrigrams++;
        }
    }

    static String[] tokens(String text) {
        String trimmed = text.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\s·…]+", " ").trim();
        return trimmed.isEmpty() ? new String[0] : trimmed.split(" ");
    }

    /** Distinct token 3-grams / all token 3-grams; 0 when there are none. */
    public double distinctTrigramRatio() {
        return totalTrigrams == 0 ? 0 : trigrams.size() / (double) totalTrigrams;
    }

    /** Distinct texts / texts seen. */
    public double distinctTextRatio() {
        return seen == 0 ? 0 : texts.size() / (double) seen;
    }

    public int textsSeen() {
        return seen;
    }

    public int distinctTexts() {
        return texts.size();
    }

    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
