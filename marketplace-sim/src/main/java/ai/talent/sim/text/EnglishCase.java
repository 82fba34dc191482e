package ai.talent.sim.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Capitalizes the first word of each English sentence, line or bullet, since slots such as "backend engineer"
 * land at sentence starts. Words with capitals already (iOS, kNN) are left as they are.
 */
final class EnglishCase {

    private static final Pattern SENTENCE_START =
            Pattern.compile("(^|[.!?] +|\\n)([^\\p{L}\\p{N}\\n]{0,3})(\\p{Ll}[\\p{Ll}'-]*)(?=[\\s,.:;!?)/]|$)");

    private EnglishCase() {
    }

    static String sentences(String text) {
        Matcher m = SENTENCE_START.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String word = m.group(3);
            String replacement = m.group(1) + m.group(2) + Character.toUpperCase(word.charAt(0)) + word.substring(1);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
