package ai.talent.nn.bilingual;

import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Hangul helpers shared by the vocabulary learner and the embedding initialiser: which characters are
 * Hangul syllables, how text is split into words the way BERT's pre-tokenizer splits it, and the 2,350
 * syllables of the KS X 1001 standard (the ones any Korean keyboard text almost always stays within).
 */
final class KoreanText {

    static final char FIRST_SYLLABLE = '\uAC00';
    static final char LAST_SYLLABLE = '\uD7A3';
    static final char FIRST_COMPAT_JAMO = '\u3131';
    static final char LAST_COMPAT_JAMO = '\u3163';

    private KoreanText() {
    }

    static boolean isSyllable(int c) {
        return c >= FIRST_SYLLABLE && c <= LAST_SYLLABLE;
    }

    /** Hangul compatibility jamo (ㄱ … ㅣ), which chat text uses on their own (ㅋㅋ, ㅠㅠ). */
    static boolean isCompatibilityJamo(int c) {
        return c >= FIRST_COMPAT_JAMO && c <= LAST_COMPAT_JAMO;
    }

    static boolean isHangul(int c) {
        return isSyllable(c) || isCompatibilityJamo(c);
    }

    static boolean containsHangul(String s) {
        return s.chars().anyMatch(KoreanText::isHangul);
    }

    /**
     * The KS X 1001 syllables: those the EUC-KR charset can encode. Derived from the JDK's charset tables, so
     * no list needs to ship with the code.
     */
    static List<String> ksX1001Syllables() {
        CharsetEncoder euckr = java.nio.charset.Charset.forName("EUC-KR").newEncoder();
        List<String> out = new ArrayList<>(2350);
        for (char c = FIRST_SYLLABLE; c <= LAST_SYLLABLE; c++) {
            if (euckr.canEncode(c)) {
                out.add(String.valueOf(c));
            }
        }
        return out;
    }

    /**
     * What the bilingual tokenizer's normaliser makes of a text for Hangul purposes: lower case and NFC (the
     * accent stripping it also does decomposes Hangul, and its NFC step composes it back).
     */
    static String normalize(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }

    /** Words as BERT's pre-tokenizer sees them: split at whitespace, every punctuation mark a word of its own. */
    static List<String> words(String normalized) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < normalized.length(); ) {
            int c = normalized.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || isPunctuation(c)) {
                if (!word.isEmpty()) {
                    out.add(word.toString());
                    word.setLength(0);
                }
                if (isPunctuation(c)) {
                    out.add(new String(Character.toChars(c)));
                }
            } else {
                word.appendCodePoint(c);
            }
        }
        if (!word.isEmpty()) {
            out.add(word.toString());
        }
        return out;
    }

    /** BERT's definition: ASCII symbols and every Unicode punctuation category. */
    static boolean isPunctuation(int c) {
        if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }

    /** The conjoining jamo of a syllable string (NFD), e.g. "한" → ᄒ ᅡ ᆫ. */
    static String jamo(String syllables) {
        return Normalizer.normalize(syllables, Normalizer.Form.NFD);
    }
}
