package ai.talent.domain.skill;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The lookup key of a skill name: what is left once the differences people do not mean are gone
 * (letter case, full-width versus half-width forms, spaces, hyphens, dots, underscores, middle dots),
 * so that "  React.JS ", "ＲｅａｃｔＪＳ" and "react-js" all meet on one key.
 */
final class SkillNames {

    private SkillNames() {
    }

    static String key(String name) {
        if (name == null) {
            return "";
        }
        // NFKC folds full-width Latin and half-width Hangul to their ordinary forms before anything else.
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!isIgnorable(c)) {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static boolean isIgnorable(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '-' || c == '.' || c == '_' || c == '·' || c == '‧' || c == '・'
                || Character.getType(c) == Character.DASH_PUNCTUATION;
    }
}
