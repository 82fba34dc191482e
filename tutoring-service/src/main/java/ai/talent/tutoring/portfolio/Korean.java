package ai.talent.tutoring.portfolio;

import java.util.Locale;

/**
 * Korean particles that depend on the word before them: 을/를, 이/가, 은/는, 와/과 and (으)로 follow whether the
 * word's last syllable ends in a consonant (받침). Hangul says so itself; for Latin names and digits, which Korean
 * readers pronounce, the ending is read off how they are said ("Python" → 파이썬, ends in ㄴ → 을; "React" →
 * 리액트, open → 를; "SQL" → 에스큐엘, ends in ㄹ → 로).
 */
final class Korean {

    private static final int HANGUL_FIRST = 0xAC00;
    private static final int HANGUL_LAST = 0xD7A3;
    private static final int RIEUL = 8;

    private Korean() {
    }

    /** {@code 을} or {@code 를}. */
    static String object(String word) {
        return word + (ending(word) != Ending.OPEN ? "을" : "를");
    }

    /** {@code 이} or {@code 가}. */
    static String subject(String word) {
        return word + (ending(word) != Ending.OPEN ? "이" : "가");
    }

    /** {@code 은} or {@code 는}. */
    static String topic(String word) {
        return word + (ending(word) != Ending.OPEN ? "은" : "는");
    }

    /** {@code 과} or {@code 와}. */
    static String and(String word) {
        return word + (ending(word) != Ending.OPEN ? "과" : "와");
    }

    /** {@code 으로} or {@code 로} (ㄹ takes 로). */
    static String instrumental(String word) {
        return word + (ending(word) == Ending.CONSONANT ? "으로" : "로");
    }

    /** How a word ends when read aloud: on a vowel, on a consonant other than ㄹ, or on ㄹ. */
    enum Ending { OPEN, CONSONANT, RIEUL }

    static Ending ending(String word) {
        int i = word.length() - 1;
        while (i >= 0 && !Character.isLetterOrDigit(word.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return Ending.OPEN;
        }
        char c = word.charAt(i);
        if (c >= HANGUL_FIRST && c <= HANGUL_LAST) {
            int jong = (c - HANGUL_FIRST) % 28;
            return jong == 0 ? Ending.OPEN : jong == RIEUL ? Ending.RIEUL : Ending.CONSONANT;
        }
        if (Character.isDigit(c)) {
            // 영 일 이 삼 사 오 육 칠 팔 구
            return switch (c) {
                case '0', '3', '6' -> Ending.CONSONANT;
                case '1', '7', '8' -> Ending.RIEUL;
                default -> Ending.OPEN;
            };
        }
        char lower = Character.toLowerCase(c);
        String tail = word.substring(Math.max(0, i - 1), i + 1).toLowerCase(Locale.ROOT);
        if (tail.equals("ng") || lower == 'm' || lower == 'n') {
            return Ending.CONSONANT;
        }
        if (lower == 'l') {
            return Ending.RIEUL;
        }
        return Ending.OPEN;
    }
}
