package ai.talent.sim.text;

import java.util.Collection;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Adds the slips people make when typing: swapped, dropped or doubled letters in Latin words, and dropped
 * spaces, swapped or doubled syllables and a missed final consonant (경험 → 경허) in Korean. Words carrying facts (numbers, protected names) stay intact so
 * the text still says what its intent says.
 */
final class Typos {

    private Typos() {
    }

    static String apply(String text, double ratePerWord, Collection<String> protectedTerms, RandomGenerator rng) {
        if (ratePerWord <= 0) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int l = 0; l < lines.length; l++) {
            if (l > 0) {
                out.append('\n');
            }
            String[] words = lines[l].split(" ", -1);
            for (int i = 0; i < words.length; i++) {
                String word = words[i];
                boolean slip = !word.isEmpty() && rng.nextDouble() < ratePerWord && !isProtected(word, protectedTerms);
                if (slip && i > 0 && isKorean(word) && endsInLetter(words[i - 1]) && rng.nextBoolean()) {
                    out.append(word); // the space before it is dropped
                    continue;
                }
                if (i > 0) {
                    out.append(' ');
                }
                out.append(slip ? misspell(word, rng) : word);
            }
        }
        return out.toString();
    }

    private static boolean isProtected(String word, Collection<String> protectedTerms) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        // "컷," is the word "컷" before a comma: punctuation does not make a protected word fair game
        String lower = word.toLowerCase(Locale.ROOT).replaceAll("^[\\p{Punct}“”‘’]+|[\\p{Punct}“”‘’]+$", "");
        for (String term : protectedTerms) {
            for (String piece : term.toLowerCase(Locale.ROOT).split(" ")) {
                if (piece.length() >= 2 ? lower.contains(piece) : lower.equals(piece)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean endsInLetter(String word) {
        return !word.isEmpty() && Character.isLetter(word.charAt(word.length() - 1));
    }

    private static boolean isKorean(String word) {
        return !word.isEmpty() && Hangul.isSyllable(word.charAt(0));
    }

    private static String misspell(String word, RandomGenerator rng) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                letters++;
            }
        }
        if (letters < (isKorean(word) ? 2 : 3)) {
            return word;
        }
        int i = firstLetter(word) + rng.nextInt(letters - 1);
        if (i + 1 >= word.length() || !Character.isLetter(word.charAt(i)) || !Character.isLetter(word.charAt(i + 1))) {
            return word;
        }
        return switch (rng.nextInt(3)) {
            case 0 -> word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
            case 1 -> isKorean(word) ? dropFinalConsonant(word, i) : word.substring(0, i) + word.substring(i + 1);
            default -> word.substring(0, i + 1) + word.charAt(i) + word.substring(i + 1);
        };
    }

    /** 경험 → 경허: the final consonant (batchim) of the syllable at i, if it has one, is not typed. */
    static String dropFinalConsonant(String word, int i) {
        char c = word.charAt(i);
        if (!Hangul.isSyllable(c) || (c - 0xAC00) % 28 == 0) {
            return word;
        }
        char open = (char) (c - (c - 0xAC00) % 28);
        return word.substring(0, i) + open + word.substring(i + 1);
    }

    private static int firstLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                return i;
            }
        }
        return 0;
    }
}
