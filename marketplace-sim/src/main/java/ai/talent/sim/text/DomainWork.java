package ai.talent.sim.text;

import ai.talent.domain.model.Language;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Work that implies a business domain without naming it: "간편결제 앱 개발" says fintech, "a delivery tracking
 * system" says logistics. Products per domain and what each category does with one come from
 * {@code domain-work.txt}.
 */
final class DomainWork {

    private final PhraseBank bank = PhraseBank.load("domain-work.txt");

    /** A product typical of the domain, as a noun phrase ("간편결제 서비스", "a mobile payments app"). */
    String product(String domain, Language language, Voice voice, RandomGenerator rng) {
        return bank.render(prefix(language) + domain, Map.of(), voice, rng);
    }

    /**
     * A piece of work on such a product by someone of this category: a Korean noun phrase ending in an action
     * noun ("간편결제 서비스 «백엔드» 개발"), or an English past-tense verb phrase ("built a mobile payments app").
     */
    String achievement(String domain, String category, Language language, Voice voice, RandomGenerator rng) {
        String product = product(domain, language, voice, rng);
        String section = prefix(language) + "work." + category.toUpperCase(Locale.ROOT);
        if (!bank.has(section)) {
            section = prefix(language) + "work.GENERIC";
        }
        return bank.render(section, Map.of("dprod", product), voice, rng);
    }

    private static String prefix(Language language) {
        return language == Language.EN ? "en." : "ko.";
    }
}
