package ai.talent.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PhraseScannerTests {

    /** Overlapping phrases, a phrase inside another, Korean ones, ASCII ones ending in a letter or not. */
    static final List<String> PHRASES = List.of("a", "aa", "ab", "ba", "a b", "b.", "한국", "국어", "한", "1a", "c+");
    static final char[] ALPHABET = {'a', 'b', 'c', '+', ' ', '.', '1', '한', '국', '어', 'x'};

    @Test
    void countsWhatSearchingEachPhraseFromItsPreviousOccurrenceCounts() {
        PhraseScanner scanner = new PhraseScanner(PHRASES);
        Random random = new Random(11);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            String t = text.toString();
            int[] counts = scanner.counts(t);
            int[] fromOccurrences = new int[PHRASES.size()];
            for (int[] o : scanner.occurrences(t)) {
                assertThat(t.startsWith(PHRASES.get(o[1]), o[0])).isTrue();
                fromOccurrences[o[1]]++;
            }
            for (int i = 0; i < PHRASES.size(); i++) {
                assertThat(counts[i]).as("'%s' in '%s'", PHRASES.get(i), t).isEqualTo(byIndexOf(PHRASES.get(i), t));
            }
            assertThat(fromOccurrences).as("occurrences in '%s'", t).containsExactly(counts);
        }
    }

    @Test
    void wordBoundariesAsDocumented() {
        PhraseScanner scanner = new PhraseScanner(List.of("java", "한국"));
        assertThat(scanner.counts("java javascript ajava java.")).containsExactly(2, 0);
        // a Korean phrase may be followed by anything (a particle), but must start a word
        assertThat(scanner.counts("한국에서 대한국")).containsExactly(0, 1);
    }

    /** The reference: one indexOf search per phrase, as the signals were read before the scanner. */
    private static int byIndexOf(String p, String text) {
        int count = 0;
        int from = 0;
        int at;
        while ((at = text.indexOf(p, from)) >= 0) {
            from = at + p.length();
            if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
                continue;
            }
            char last = p.charAt(p.length() - 1);
            if (from < text.length() && last < 128 && Character.isLetterOrDigit(last)
                    && text.charAt(from) < 128 && Character.isLetterOrDigit(text.charAt(from))) {
                continue;
            }
            count++;
        }
        return count;
    }
}
