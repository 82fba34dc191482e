package ai.talent.sim;

import ai.talent.sim.text.TextLanguage;
import java.util.random.RandomGenerator;

/** Draws a text language with the configured Korean / English / mixed shares. */
record LanguageMix(double ko, double en, double mixed) {

    static LanguageMix of(SimConfig config) {
        return new LanguageMix(config.koShare(), config.enShare(), config.mixedShare());
    }

    TextLanguage draw(RandomGenerator rng) {
        double u = rng.nextDouble();
        if (u < ko) {
            return TextLanguage.KO;
        }
        return u < ko + en ? TextLanguage.EN : TextLanguage.MIXED;
    }
}
