package ai.talent.sim.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns "a" into "an" before a vowel sound, so templates can always write "a $role". */
final class Articles {

    private static final Pattern ARTICLE = Pattern.compile("(?<![\\p{L}\\p{N}'])([Aa]) (?=([\\p{L}\\p{N}][^\\s]*))");
    private static final String VOWEL_SOUND_LETTERS = "AEFHILMNORSX";

    private Articles() {
    }

    static String fix(String text) {
        if (text.indexOf("a ") < 0 && text.indexOf("A ") < 0) {
            return text;
        }
        Matcher m = ARTICLE.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 8);
        while (m.find()) {
            String article = m.group(1);
            String replacement = needsAn(m.group(2)) ? article + "n " : article + " ";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    static boolean needsAn(String word) {
        int caps = 0;
        while (caps < word.length() && Character.isUpperCase(word.charAt(caps))) {
            caps++;
        }
        if (caps >= 2 || (caps == 1 && (word.length() == 1 || !Character.isLetter(word.charAt(1))))) {
            return VOWEL_SOUND_LETTERS.indexOf(word.charAt(0)) >= 0; // acronyms: an SEO, an ML, a UI
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("uni") || lower.startsWith("use") || lower.startsWith("usu") || lower.startsWith("eu")
                || lower.startsWith("one") || lower.startsWith("ur")) {
            return false;
        }
        if (lower.startsWith("hour") || lower.startsWith("honest")) {
            return true;
        }
        return "aeiou".indexOf(lower.charAt(0)) >= 0;
    }
}
