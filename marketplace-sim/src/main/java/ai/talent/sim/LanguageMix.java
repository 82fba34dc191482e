package ai.talent.sim;

import ai.talent.domain.model.Language;
import java.util.random.RandomGenerator;

/** Draws a text language with the configured Korean / English / mixed shares. */
record LanguageMix(double ko, double en, double mixed) {

    static LanguageMix of(SimConfig config) {
        return new LanguageMix(config.koShare(), config.enShare(), config.mixedShare());
    }

    Language draw(RandomGenerator rng) {
        double u = rng.nextDouble();
        if (u < ko) {
            return Language.KO;
        }
        return u < ko + en ? Language.EN : Language.MIXED;
    }
}
