package ai.talent.nn.bilingual;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Korean units learned from Korean text, to be appended to the English WordPiece vocabulary: every Hangul
 * syllable of KS X 1001 plus any other syllable the text uses, the compatibility jamo, each both as a word start
 * and as a {@code ##} continuation (WordPiece needs both), and the most useful multi-syllable subwords. A
 * subword candidate is any run of 2 to {@link Settings#maxSyllables()} syllables inside a word; its score is
 * how many tokens it would save over syllables ({@code count × (syllables − 1)}), and the best
 * {@link Settings#subwords()} with at least {@link Settings#minCount()} occurrences are kept. Deterministic:
 * ties break by the unit's text.
 */
public final class KoreanVocabulary {

    /** How many subwords to learn, how often one must occur, and how long one may be. */
    public record Settings(int subwords, int minCount, int maxSyllables) {

        public static final int DEFAULT_SUBWORDS = 4000;
        public static final int DEFAULT_MIN_COUNT = 5;
        public static final int DEFAULT_MAX_SYLLABLES = 5;

        public Settings {
            if (subwords < 0 || minCount < 1 || maxSyllables < 2) {
                throw new IllegalArgumentException("invalid vocabulary settings: " + this);
            }
        }

        public static Settings defaults() {
            return new Settings(DEFAULT_SUBWORDS, DEFAULT_MIN_COUNT, DEFAULT_MAX_SYLLABLES);
        }
    }

    private KoreanVocabulary() {
    }

    /**
     * The new units, in the order they will get ids: syllables and jamo (word-start form, then continuation
     * form), then subwords by score. Units already in {@code existing} (the English vocabulary) are left out.
     */
    public static List<String> learn(Iterable<String> texts, Settings settings, Set<String> existing) {
        Map<String, Integer> wordCounts = new HashMap<>();
        Set<String> seenSyllables = new java.util.TreeSet<>();
        for (String text : texts) {
            for (String word : KoreanText.words(KoreanText.normalize(text))) {
                if (KoreanText.containsHangul(word)) {
                    wordCounts.merge(word, 1, Integer::sum);
                    word.chars().filter(KoreanText::isSyllable).forEach(c -> seenSyllables.add(String.valueOf((char) c)));
                }
            }
        }
        LinkedHashSet<String> units = new LinkedHashSet<>();
        Set<String> singles = new java.util.TreeSet<>(KoreanText.ksX1001Syllables());
        singles.addAll(seenSyllables);
        for (char c = KoreanText.FIRST_COMPAT_JAMO; c <= KoreanText.LAST_COMPAT_JAMO; c++) {
            singles.add(String.valueOf(c));
        }
        for (String s : singles) {
            units.add(s);
        }
        for (String s : singles) {
            units.add("##" + s);
        }
        for (String subword : subwords(wordCounts, settings)) {
            units.add(subword);
        }
        List<String> out = new ArrayList<>(units.size());
        for (String u : units) {
            if (!existing.contains(u)) {
                out.add(u);
            }
        }
        return out;
    }

    /** The best-scoring multi-syllable units ({@code ##}-prefixed unless they start a word). */
    static List<String> subwords(Map<String, Integer> wordCounts, Settings settings) {
        Map<String, Long> counts = new HashMap<>();
        for (Map.Entry<String, Integer> e : wordCounts.entrySet()) {
            String word = e.getKey();
            int n = e.getValue();
            for (int start = 0; start < word.length(); start++) {
                if (!KoreanText.isSyllable(word.charAt(start))) {
                    continue;
                }
                for (int end = start + 2; end <= Math.min(word.length(), start + settings.maxSyllables()); end++) {
                    if (!KoreanText.isSyllable(word.charAt(end - 1))) {
                        break;
                    }
                    String unit = (start == 0 ? "" : "##") + word.substring(start, end);
                    counts.merge(unit, (long) n, Long::sum);
                }
            }
        }
        List<Map.Entry<String, Long>> candidates = new ArrayList<>();
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (e.getValue() >= settings.minCount()) {
                candidates.add(e);
            }
        }
        Comparator<Map.Entry<String, Long>> byScore = Comparator.comparingLong(KoreanVocabulary::score);
        candidates.sort(byScore.reversed().thenComparing(Map.Entry::getKey));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(settings.subwords(), candidates.size()); i++) {
            out.add(candidates.get(i).getKey());
        }
        return out;
    }

    private static long score(Map.Entry<String, Long> e) {
        int syllables = e.getKey().length() - (e.getKey().startsWith("##") ? 2 : 0);
        return e.getValue() * (syllables - 1);
    }
}
