package ai.talent.domain.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts where each of a fixed list of phrases occurs in a text, in one left-to-right pass: at each position only
 * the phrases that start with that character are tried. The counts are what searching each phrase with
 * {@code indexOf} from the end of its previous occurrence gives: occurrences of one phrase never overlap, and one
 * that fails the word-boundary rules still moves that phrase's search past it. A phrase counts only at a word
 * start, and an ASCII phrase ending in a letter or digit only when no ASCII letter or digit follows it (anything may
 * follow a Korean phrase: particles attach to it).
 *
 * <p>Why: the texts are short and the phrases many (hundreds); one {@code indexOf} per phrase read every text
 * hundreds of times, which was half of a matching request's own work (every candidate's profile is read).
 */
final class PhraseScanner {

    private final String[] phrases;
    /** Phrase indexes by first character (indexed by the char itself: no boxing per character read). */
    private final int[][] byFirst = new int[Character.MAX_VALUE + 1][];

    /** @param phrases non-empty, in the order the counts are returned */
    PhraseScanner(List<String> phrases) {
        this.phrases = phrases.toArray(String[]::new);
        Map<Character, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < this.phrases.length; i++) {
            if (this.phrases[i].isEmpty()) {
                throw new IllegalArgumentException("empty phrase at " + i);
            }
            groups.computeIfAbsent(this.phrases[i].charAt(0), c -> new ArrayList<>()).add(i);
        }
        groups.forEach((c, list) -> byFirst[c] = list.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Occurrences of each phrase in {@code text} (indexed as the constructor's list). */
    int[] counts(String text) {
        int[] counts = new int[phrases.length];
        scan(text, (at, i) -> counts[i]++);
        return counts;
    }

    /**
     * Where the counted occurrences are, in text order: pairs {@code {start, phrase index}} (a phrase's length gives
     * its end), the same occurrences {@link #counts} counts.
     */
    List<int[]> occurrences(String text) {
        List<int[]> out = new ArrayList<>();
        scan(text, (at, i) -> out.add(new int[] {at, i}));
        return out;
    }

    /** The length of the phrase at {@code index}. */
    int length(int index) {
        return phrases[index].length();
    }

    private interface Found {
        void at(int start, int phrase);
    }

    private void scan(String text, Found found) {
        int[] next = new int[phrases.length];   // where each phrase's search resumes
        for (int at = 0; at < text.length(); at++) {
            int[] candidates = byFirst[text.charAt(at)];
            if (candidates == null) {
                continue;
            }
            for (int i : candidates) {
                String p = phrases[i];
                if (at < next[i] || !text.startsWith(p, at)) {
                    continue;
                }
                int end = at + p.length();
                next[i] = end;
                if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
                    continue;
                }
                char last = p.charAt(p.length() - 1);
                if (end < text.length() && last < 128 && Character.isLetterOrDigit(last)
                        && text.charAt(end) < 128 && Character.isLetterOrDigit(text.charAt(end))) {
                    continue;
                }
                found.at(at, i);
            }
        }
    }
}
