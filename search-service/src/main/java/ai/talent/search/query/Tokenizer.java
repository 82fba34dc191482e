package ai.talent.search.query;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits Korean and English text into lower-case terms; keeps {@code +} and {@code #} so that C++ and C# stay
 * searchable.
 */
public final class Tokenizer {

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}+#]+");

    private Tokenizer() {
    }

    public static List<String> terms(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(SEPARATORS.split(text.toLowerCase(Locale.ROOT)))
                .filter(t -> !t.isEmpty())
                .toList();
    }

    /**
     * Whether a query term matches a document term. Korean attaches particles to words ("서울에서", "개발자를"),
     * so a Hangul query term also matches a document term of two or more syllables it starts with.
     */
    public static boolean matches(String queryTerm, String documentTerm) {
        if (queryTerm.equals(documentTerm)) {
            return true;
        }
        return isHangul(queryTerm) && documentTerm.length() >= 2 && queryTerm.startsWith(documentTerm);
    }

    private static boolean isHangul(String term) {
        return Character.UnicodeScript.of(term.codePointAt(0)) == Character.UnicodeScript.HANGUL;
    }
}
