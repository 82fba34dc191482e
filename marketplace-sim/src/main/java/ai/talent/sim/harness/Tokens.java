package ai.talent.sim.harness;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a Korean, English or mixed text into the tokens the harness's lexical models use: Latin words and
 * numbers lowercased, and Hangul runs as overlapping two-syllable pieces (so "핀테크를" and "핀테크" share
 * "핀테" and "테크" whatever particle follows), plus one-syllable Hangul words.
 */
public final class Tokens {

    private Tokens() {
    }

    public static Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < lower.length()) {
            char c = lower.charAt(i);
            if (isHangul(c)) {
                int j = i;
                while (j < lower.length() && isHangul(lower.charAt(j))) {
                    j++;
                }
                if (j - i == 1) {
                    out.add(lower.substring(i, j));
                }
                for (int k = i; k + 2 <= j; k++) {
                    out.add(lower.substring(k, k + 2));
                }
                i = j;
            } else if (Character.isLetterOrDigit(c)) {
                int j = i;
                while (j < lower.length() && Character.isLetterOrDigit(lower.charAt(j)) && !isHangul(lower.charAt(j))) {
                    j++;
                }
                out.add(lower.substring(i, j));
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    static boolean isHangul(char c) {
        return c >= 0xAC00 && c <= 0xD7A3;
    }
}
