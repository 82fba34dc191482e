package ai.talent.sim.text;

import ai.talent.domain.model.Language;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Small pieces the writers share: category nouns, sentence order and how sentences are joined into a text. */
final class TextParts {

    private TextParts() {
    }

    /** What the category's work is called in running text: "개발", "software development". */
    static String category(String category, Language language) {
        boolean english = language == Language.EN;
        return switch (category.toUpperCase(Locale.ROOT)) {
            case "SOFTWARE" -> english ? "software development" : "개발";
            case "DATA_AI" -> english ? "data and AI" : "데이터 분석";
            case "DESIGN" -> english ? "design" : "디자인";
            case "MARKETING" -> english ? "marketing" : "마케팅";
            case "WRITING_TRANSLATION" -> english ? "writing and translation" : "번역";
            case "VIDEO" -> english ? "video production" : "영상 제작";
            case "BUSINESS" -> english ? "business consulting" : "기획";
            default -> english ? "freelance work" : "프리랜서";
        };
    }

    static void addIfPresent(List<String> terms, String term) {
        if (term != null && !term.isBlank()) {
            terms.add(term);
        }
    }

    /** Shuffles in place (optionally leaving the first item where it is), so sentence order varies per text. */
    static void shuffleKeepingFirst(List<String> items, boolean keepFirst, RandomGenerator rng) {
        for (int i = items.size() - 1; i > (keepFirst ? 1 : 0); i--) {
            int j = (keepFirst ? 1 : 0) + rng.nextInt(i + 1 - (keepFirst ? 1 : 0));
            String tmp = items.get(i);
            items.set(i, items.get(j));
            items.set(j, tmp);
        }
    }

    /** Joins sentences as one paragraph, one per line, or a few paragraphs, as profile writers do. */
    static String join(List<String> sentences, RandomGenerator rng) {
        return switch (rng.nextInt(4)) {
            case 0 -> String.join("\n", sentences);
            case 1 -> joinInParagraphs(sentences, rng);
            default -> String.join(" ", sentences);
        };
    }

    private static String joinInParagraphs(List<String> sentences, RandomGenerator rng) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            if (i > 0) {
                out.append(rng.nextDouble() < 0.35 ? "\n\n" : " ");
            }
            out.append(sentences.get(i));
        }
        return out.toString();
    }
}
