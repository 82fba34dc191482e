package ai.talent.search.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a query with their character offsets, and the keys phrases are compared by: NFKC-folded,
 * lower-cased, everything but letters, digits, '+' and '#' dropped ("Node.js", "node js" and "NodeJS" meet on
 * "nodejs"; "C++" stays "c++").
 */
final class Words {

    /** Korean particles and endings that attach to a noun, longest first ("서울에서" is "서울" + "에서"). */
    private static final List<String> PARTICLES = List.of("이랑", "에서", "으로", "까지", "부터", "에게", "한테", "처럼",
            "보다", "이나", "라도", "이고", "이며", "하고", "쪽", "을", "를", "이", "가", "은", "는", "에", "로", "와", "과",
            "의", "도", "만", "랑", "나");

    /** A word of the text: characters {@code [start, end)}. */
    record Word(String text, int start, int end) {
    }

    private Words() {
    }

    static List<Word> split(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !isWordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && isWordChar(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                int joint = latinThenHangul(text, start, i);
                if (joint < 0) {
                    joint = boundNoun(text, start, i);
                }
                if (joint > 0) {
                    words.add(new Word(text.substring(start, joint), start, joint));
                    words.add(new Word(text.substring(joint, i), joint, i));
                } else {
                    words.add(new Word(text.substring(start, i), start, i));
                }
            }
        }
        return words;
    }

    /**
     * Where a Latin word runs into Korean that is not a particle ("Management할", "React개발자"), the index the Korean
     * starts at; -1 otherwise. A particle stays on its word ("React로"): {@link #withoutParticle} reads it.
     */
    private static int latinThenHangul(String text, int start, int end) {
        for (int k = start + 1; k < end; k++) {
            if (isHangul(text.charAt(k))) {
                char before = text.charAt(k - 1);
                if (before >= 128 || !Character.isLetter(before)) {
                    return -1;
                }
                String tail = text.substring(k, end);
                for (int m = k; m < end; m++) {
                    if (!isHangul(text.charAt(m))) {
                        return -1;
                    }
                }
                return PARTICLES.contains(tail) ? -1 : k;
            }
        }
        return -1;
    }

    /**
     * Nouns Korean writes onto the industry or skill they qualify, without a space ("패션경험", "의료분야", "부동산경력 5년",
     * "제조업계"): the word is read as the two words it would be with the space.
     */
    private static final List<String> BOUND_NOUNS = List.of("경험", "경력", "분야", "업계", "업종", "산업", "관련");

    /**
     * Where a Korean word of at least two syllables is followed by a bound noun (and at most a particle after it),
     * the index the noun starts at; -1 otherwise.
     */
    private static int boundNoun(String text, int start, int end) {
        String word = text.substring(start, end);
        for (String noun : BOUND_NOUNS) {
            int at = word.lastIndexOf(noun);
            if (at < 2) {
                continue;
            }
            String tail = word.substring(at + noun.length());
            if (!tail.isEmpty() && !PARTICLES.contains(tail)) {
                continue;
            }
            boolean hangul = true;
            for (int k = 0; k < at; k++) {
                hangul &= isHangul(word.charAt(k));
            }
            if (hangul) {
                return start + at;
            }
        }
        return -1;
    }

    /** The key of words {@code [from, to)} read as one phrase ("Ruby on Rails" → "rubyonrails"). */
    static String key(List<Word> words, int from, int to) {
        StringBuilder key = new StringBuilder();
        for (int k = from; k < to; k++) {
            key.append(key(words.get(k).text()));
        }
        return key.toString();
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '+' || c == '#' || c == '.' || c == '-' || c == '&';
    }

    static String key(String phrase) {
        String folded = Normalizer.normalize(phrase, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '+' || c == '#') {
                key.append(c);
            }
        }
        return key.toString();
    }

    /** English words a hyphen joins to a place, a level or a mode ("Seoul-based", "senior-level", "remote-only"). */
    private static final List<String> HYPHENATED = List.of("-based", "-located", "-area", "-level", "-only");

    /**
     * The word without a trailing Korean particle ("서울에서" → "서울") or English hyphenated qualifier
     * ("Seoul-based" → "Seoul"), or null when it carries none (or would be left too short).
     */
    static String withoutParticle(String word) {
        if (word.isEmpty()) {
            return null;
        }
        if (!isHangul(word.charAt(word.length() - 1))) {
            String lower = word.toLowerCase(Locale.ROOT);
            for (String q : HYPHENATED) {
                if (lower.length() > q.length() + 1 && lower.endsWith(q)) {
                    return word.substring(0, word.length() - q.length());
                }
            }
            return null;
        }
        for (String p : PARTICLES) {
            if (word.length() > p.length() && word.endsWith(p)) {
                String stem = word.substring(0, word.length() - p.length());
                if (stem.length() >= 1) {
                    return stem;
                }
            }
        }
        return null;
    }

    static boolean isHangul(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
    }

    static boolean hasUpperCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions), capped at max + 1. */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}
