package ai.talent.search.index.lucene;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Nori's tokens of a text with no Korean in it, without Nori's morphological analysis: an English headline, bio or
 * name costs Nori its full dictionary lattice although the answer is fixed. Nori's dictionary holds no word of ASCII
 * letters or digits (of its ~775,000 entries, the only ones made of ASCII characters alone are single punctuation
 * marks), so on such a text every run of ASCII letters and every run of ASCII digits is one unknown word (Nori groups
 * an unknown word by script, splitting at digits and punctuation), tagged as foreign word or number, which
 * {@code KoreanAnalyzer}'s part-of-speech filter keeps and its lower-case filter lower-cases; spaces are skipped and
 * punctuation is discarded. This stream gives exactly those tokens: the same terms, positions and offsets, so the
 * same norms and the same BM25 scores for every query ({@code LatinTextTokensTests} compares both on simulated
 * profiles and on generated text).
 *
 * <p>{@link #covers} says which texts that holds for: ASCII letters and digits, spaces, and punctuation and symbols
 * (what Nori discards). Anything else — Hangul, Hanja, any other letter (an accented Latin letter is another class of
 * Nori's character definitions), other digits, combining marks, a run of letters or digits longer than Nori's longest
 * unknown word — goes through Nori as before.
 */
final class LatinTextTokens extends TokenStream {

    /** Runs longer than this go through Nori, which cuts unknown words at 1,024 characters. */
    private static final int LONGEST_RUN = 255;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final String text;
    private int at;

    LatinTextTokens(String text) {
        this.text = text;
    }

    /** Whether Nori's tokens of {@code text} are its ASCII letter and digit runs (see the class comment). */
    static boolean covers(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isAsciiLetter(c) || isAsciiDigit(c)) {
                run = i > 0 && kind(text.charAt(i - 1)) == kind(c) ? run + 1 : 1;
                if (run > LONGEST_RUN) {
                    return false;
                }
            } else if (!discarded(c)) {
                return false;
            }
        }
        return true;
    }

    /** Characters Nori never makes a token of here: spaces, controls, punctuation and symbols (not Hangul's araea). */
    private static boolean discarded(char c) {
        if (Character.isSurrogate(c) || c == '\u318D') {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.CONTROL, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.CONNECTOR_PUNCTUATION, Character.OTHER_PUNCTUATION,
                 Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                 Character.OTHER_SYMBOL, Character.INITIAL_QUOTE_PUNCTUATION,
                 Character.FINAL_QUOTE_PUNCTUATION -> Character.UnicodeScript.of(c) == Character.UnicodeScript.COMMON;
            default -> false;
        };
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** 1 letter, 2 digit, 0 anything else. */
    private static int kind(char c) {
        return isAsciiLetter(c) ? 1 : isAsciiDigit(c) ? 2 : 0;
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        at = 0;
    }

    @Override
    public boolean incrementToken() {
        int n = text.length();
        while (at < n && kind(text.charAt(at)) == 0) {
            at++;
        }
        if (at == n) {
            return false;
        }
        clearAttributes();
        int start = at;
        int k = kind(text.charAt(at));
        char[] buffer = term.resizeBuffer(Math.min(n - start, LONGEST_RUN + 1));
        int length = 0;
        while (at < n && kind(text.charAt(at)) == k) {
            char c = text.charAt(at++);
            buffer[length++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        term.setLength(length);
        offset.setOffset(start, at);
        increment.setPositionIncrement(1);
        return true;
    }

    @Override
    public void end() throws java.io.IOException {
        super.end();
        offset.setOffset(text.length(), text.length());
    }
}
