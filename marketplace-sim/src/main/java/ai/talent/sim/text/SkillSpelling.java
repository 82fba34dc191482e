package ai.talent.sim.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * How people mistype or loosely write a skill's name in free text: "react", "Reactt", "Rect", "NextJS",
 * "REACT"; "리엑트" (ㅐ/ㅔ confused), "스프링부트" (space dropped), "쿠버네티" (syllable dropped). The kinds of slip are split
 * between the training and test halves of the wording, so a dictionary of the slips seen in training texts
 * misses the test texts' slips.
 */
final class SkillSpelling {

    private enum Slip { LOWER, DOUBLE, SWAP, JOIN, DROP, UPPER, VOWEL, SPACE_OUT, DROP_SYLLABLE, DROP_FINAL }

    private static final List<Slip> LATIN_TRAIN = List.of(Slip.LOWER, Slip.DOUBLE, Slip.SWAP);
    private static final List<Slip> LATIN_TEST = List.of(Slip.JOIN, Slip.DROP, Slip.UPPER);
    private static final List<Slip> HANGUL_TRAIN = List.of(Slip.VOWEL, Slip.JOIN);
    private static final List<Slip> HANGUL_TEST = List.of(Slip.DROP_SYLLABLE, Slip.DROP_FINAL, Slip.SPACE_OUT);

    private SkillSpelling() {
    }

    /** The name with one slip of this half's kinds (the name itself when the slip does not apply). */
    static String vary(String name, TextHalf half, RandomGenerator rng) {
        boolean hangul = Naming.hasHangul(name);
        List<Slip> slips = new ArrayList<>();
        if (half != TextHalf.TEST) {
            slips.addAll(hangul ? HANGUL_TRAIN : LATIN_TRAIN);
        }
        if (half != TextHalf.TRAIN) {
            slips.addAll(hangul ? HANGUL_TEST : LATIN_TEST);
        }
        Slip slip = slips.get(rng.nextInt(slips.size()));
        return switch (slip) {
            case LOWER -> name.toLowerCase(Locale.ROOT);
            case UPPER -> name.length() <= 12 ? name.toUpperCase(Locale.ROOT) : name;
            case JOIN -> name.replaceAll("[ .\\-]", "");
            case DOUBLE -> atLetter(name, rng, (s, i) -> s.substring(0, i + 1) + s.charAt(i) + s.substring(i + 1));
            case DROP -> name.length() < 5 ? name : atLetter(name, rng, (s, i) -> s.substring(0, i) + s.substring(i + 1));
            case SWAP -> atLetter(name, rng, (s, i) -> i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))
                    ? s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2) : s);
            case VOWEL -> confuseVowel(name);
            case SPACE_OUT -> name.contains(" ") || name.length() < 3 ? name
                    : name.substring(0, name.length() / 2) + " " + name.substring(name.length() / 2);
            case DROP_SYLLABLE -> name.length() < 4 || name.contains(" ") ? name : name.substring(0, name.length() - 1);
            case DROP_FINAL -> dropFinal(name);
        };
    }

    private interface Edit {
        String at(String s, int i);
    }

    /** Applies an edit at a letter inside the word (not its first letter, which people rarely get wrong). */
    private static String atLetter(String name, RandomGenerator rng, Edit edit) {
        List<Integer> letters = new ArrayList<>();
        for (int i = 1; i < name.length(); i++) {
            if (Character.isLetter(name.charAt(i))) {
                letters.add(i);
            }
        }
        return letters.isEmpty() ? name : edit.at(name, letters.get(rng.nextInt(letters.size())));
    }

    /** ㅐ and ㅔ (and ㅒ, ㅖ) sound alike and are often swapped: 리액트 → 리엑트, 레디스 → 래디스. */
    static String confuseVowel(String name) {
        StringBuilder out = new StringBuilder(name);
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (Hangul.isSyllable(c)) {
                int offset = c - 0xAC00;
                int medial = (offset / 28) % 21;
                int swapped = switch (medial) {
                    case 1 -> 5;
                    case 5 -> 1;
                    case 3 -> 7;
                    case 7 -> 3;
                    default -> -1;
                };
                if (swapped >= 0) {
                    int initial = offset / (21 * 28);
                    int fin = offset % 28;
                    out.setCharAt(i, (char) (0xAC00 + (initial * 21 + swapped) * 28 + fin));
                    return out.toString();
                }
            }
        }
        return name;
    }

    private static String dropFinal(String name) {
        for (int i = name.length() - 1; i >= 0; i--) {
            char c = name.charAt(i);
            if (Hangul.isSyllable(c) && (c - 0xAC00) % 28 != 0) {
                return Typos.dropFinalConsonant(name, i);
            }
        }
        return name;
    }
}
