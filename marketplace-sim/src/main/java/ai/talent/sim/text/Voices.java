package ai.talent.sim.text;

import ai.talent.domain.model.Language;
import java.util.random.RandomGenerator;

/** Draws the voice of one text: the Korean speech level and how much English a Korean text mixes in. */
final class Voices {

    private Voices() {
    }

    static Voice pick(Language language, TextOptions options, RandomGenerator rng) {
        double roll = rng.nextDouble();
        KoreanStyle style = roll < 0.38 ? KoreanStyle.FORMAL
                : roll < 0.62 ? KoreanStyle.POLITE
                : roll < 0.78 ? KoreanStyle.PLAIN
                : KoreanStyle.NOUN;
        double englishTerms = switch (language) {
            case KO -> 0.08;
            case EN -> 0;
            case MIXED -> 0.55 + 0.3 * rng.nextDouble();
        };
        return new Voice(style, englishTerms, options);
    }

    /** Project posts are written formally or politely, sometimes as bare requirement lists. */
    static Voice forProject(Language language, TextOptions options, RandomGenerator rng) {
        double roll = rng.nextDouble();
        KoreanStyle style = roll < 0.5 ? KoreanStyle.FORMAL : roll < 0.8 ? KoreanStyle.POLITE : KoreanStyle.NOUN;
        double englishTerms = language == Language.MIXED ? 0.55 + 0.3 * rng.nextDouble()
                : language == Language.KO ? 0.08 : 0;
        return new Voice(style, englishTerms, options);
    }
}
