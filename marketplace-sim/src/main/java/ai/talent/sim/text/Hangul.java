package ai.talent.sim.text;

import java.util.Locale;

/**
 * Chooses Korean particles by the sound the preceding word ends in. Hangul syllables are decomposed; Latin
 * words (React, AWS, SQL) and digits are judged by how Koreans read them aloud (리액트, 에이더블유에스, 에스큐엘).
 */
public final class Hangul {

    private static final char FIRST_SYLLABLE = 0xAC00;
    private static final char LAST_SYLLABLE = 0xD7A3;
    private static final int FINALS = 28;
    private static final int RIEUL_FINAL = 8;

    /** Final sound of a word: none (vowel), ㄹ, or another consonant. */
    enum Ending { VOWEL, RIEUL, CONSONANT }

    private Hangul() {
    }

    /** The particle form that follows {@code word}, e.g. ("개발자", OBJECT) → "를", ("서울", DIRECTION) → "로". */
    public static String particle(String word, Particle particle) {
        Ending ending = ending(word);
        if (particle == Particle.DIRECTION) {
            return ending == Ending.CONSONANT ? particle.afterConsonant() : particle.afterVowel();
        }
        return ending == Ending.VOWEL ? particle.afterVowel() : particle.afterConsonant();
    }

    /** The word followed by its particle, e.g. ("React", OBJECT) → "React를". */
    public static String attach(String word, Particle particle) {
        return word + particle(word, particle);
    }

    /** Whether the word ends in a final consonant when read aloud. */
    public static boolean hasFinalConsonant(String word) {
        return ending(word) != Ending.VOWEL;
    }

    /** True for a precomposed Hangul syllable. */
    public static boolean isSyllable(char c) {
        return c >= FIRST_SYLLABLE && c <= LAST_SYLLABLE;
    }

    static Ending ending(String word) {
        if (word.endsWith("#")) {
            return Ending.CONSONANT; // C# 씨샵, F# 에프샵
        }
        String trimmed = stripTrailingSymbols(word);
        if (trimmed.isEmpty()) {
            return Ending.VOWEL;
        }
        char last = trimmed.charAt(trimmed.length() - 1);
        if (isSyllable(last)) {
            int jong = (last - FIRST_SYLLABLE) % FINALS;
            return jong == 0 ? Ending.VOWEL : jong == RIEUL_FINAL ? Ending.RIEUL : Ending.CONSONANT;
        }
        if (Character.isDigit(last)) {
            return digitEnding(trimmed);
        }
        if (isLatin(last)) {
            return latinEnding(trimmed);
        }
        return Ending.VOWEL;
    }

    private static String stripTrailingSymbols(String word) {
        int end = word.length();
        while (end > 0) {
            char c = word.charAt(end - 1);
            if (Character.isLetterOrDigit(c) || isSyllable(c)) {
                break;
            }
            end--;
        }
        return word.substring(0, end);
    }

    /** Sino-Korean reading of the last digit: 영/십/백/천/만, 삼, 육 end in a consonant; 일, 칠, 팔 in ㄹ. */
    private static Ending digitEnding(String word) {
        return switch (word.charAt(word.length() - 1)) {
            case '0', '3', '6' -> Ending.CONSONANT;
            case '1', '7', '8' -> Ending.RIEUL;
            default -> Ending.VOWEL;
        };
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static Ending latinEnding(String word) {
        int end = word.length();
        int start = end;
        while (start > 0 && isLatin(word.charAt(start - 1))) {
            start--;
        }
        String token = word.substring(start, end);
        if (token.length() >= 2 && token.equals(token.toUpperCase(Locale.ROOT)) || token.length() == 1) {
            return letterNameEnding(token.charAt(token.length() - 1));
        }
        String lower = token.toLowerCase(Locale.ROOT);
        if (lower.endsWith("ng") || lower.endsWith("ck") || lower.endsWith("me") || lower.endsWith("ne")) {
            return Ending.CONSONANT; // Spring 스프링, Slack 슬랙, Chrome 크롬, Pipeline 파이프라인
        }
        if (lower.endsWith("le") || lower.endsWith("l")) {
            return Ending.RIEUL;     // Google 구글, Excel 엑셀
        }
        char last = lower.charAt(lower.length() - 1);
        return switch (last) {
            case 'm', 'n', 'b', 'p', 'c' -> Ending.CONSONANT; // Kotlin 코틀린, Web 웹, App 앱, Magic 매직
            default -> Ending.VOWEL;                           // React 리액트, Docker 도커, Vue 뷰, AWS
        };
    }

    /** How an acronym's last letter is read: only L/R (엘, 알) and M/N (엠, 엔) end in a consonant. */
    private static Ending letterNameEnding(char letter) {
        return switch (Character.toUpperCase(letter)) {
            case 'L', 'R' -> Ending.RIEUL;
            case 'M', 'N' -> Ending.CONSONANT;
            default -> Ending.VOWEL;
        };
    }
}
