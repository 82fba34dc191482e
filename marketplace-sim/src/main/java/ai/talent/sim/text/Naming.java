package ai.talent.sim.text;

import ai.talent.domain.model.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Picks the surface form of names (skills, roles, regions, domains, languages) for a text's language. */
final class Naming {

    private static final Map<String, String[]> SPOKEN = Map.of(
            "ko", new String[] {"한국어", "Korean"},
            "en", new String[] {"영어", "English"},
            "ja", new String[] {"일본어", "Japanese"},
            "zh", new String[] {"중국어", "Chinese"},
            "es", new String[] {"스페인어", "Spanish"},
            "de", new String[] {"독일어", "German"},
            "fr", new String[] {"프랑스어", "French"},
            "vi", new String[] {"베트남어", "Vietnamese"});

    private Naming() {
    }

    static boolean hasHangul(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Hangul.isSyllable(c) || (c >= 0x3131 && c <= 0x318E)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A skill in Latin script (its English name or a Latin alias), for the mixed texts that must show English
     * tech terms.
     */
    static String latinSkill(SkillMention skill, RandomGenerator rng) {
        List<String> latin = new ArrayList<>();
        for (String alias : skill.aliases()) {
            if (!alias.isBlank() && !hasHangul(alias)) {
                latin.add(alias);
            }
        }
        return latin.isEmpty() || rng.nextDouble() < 0.7 ? skill.nameEn() : pick(latin, rng);
    }

    /** A skill by its English or Korean name or an alias, as a writer of this language would type it. */
    static String skill(SkillMention skill, Language language, RandomGenerator rng) {
        List<String> latinAliases = new ArrayList<>();
        List<String> koreanAliases = new ArrayList<>();
        for (String alias : skill.aliases()) {
            if (!alias.isBlank()) {
                (hasHangul(alias) ? koreanAliases : latinAliases).add(alias);
            }
        }
        double roll = rng.nextDouble();
        return switch (language) {
            case EN -> roll < 0.7 || latinAliases.isEmpty() || hasHangul(skill.nameEn())
                    ? skill.nameEn() : pick(latinAliases, rng);
            case KO -> roll < 0.55 ? skill.nameKo()
                    : roll < 0.8 ? skill.nameEn()
                    : roll < 0.92 && !koreanAliases.isEmpty() ? pick(koreanAliases, rng)
                    : !latinAliases.isEmpty() ? pick(latinAliases, rng) : skill.nameKo();
            case MIXED -> roll < 0.65 ? skill.nameEn()
                    : roll < 0.85 && !latinAliases.isEmpty() ? pick(latinAliases, rng)
                    : skill.nameKo();
        };
    }

    /** Every form a text may use for the skill, for keeping typos off it and for checking mentions. */
    static List<String> allForms(SkillMention skill) {
        List<String> forms = new ArrayList<>();
        forms.add(skill.nameEn());
        forms.add(skill.nameKo());
        forms.addAll(skill.aliases());
        return forms;
    }

    static String role(Role role, Language language, RandomGenerator rng) {
        List<String> names = switch (language) {
            case EN -> Roles.namesEn(role);
            case KO -> Roles.namesKo(role);
            case MIXED -> rng.nextDouble() < 0.4 ? Roles.namesEn(role) : Roles.namesKo(role);
        };
        return rng.nextDouble() < 0.45 ? names.get(0) : pick(names, rng);
    }

    /**
     * The region's name, or null when there is none to write as a place ("Remote" and "Abroad" are not
     * places one is "based in"; remote work has its own sentences).
     */
    static String region(String en, String ko, Language language) {
        if (en != null && (en.equalsIgnoreCase("remote") || en.equalsIgnoreCase("abroad"))) {
            return null;
        }
        String name = language == Language.EN ? en : ko;
        return name == null || name.isBlank() ? null : name;
    }

    static String domain(Domain domain, Language language, RandomGenerator rng) {
        List<String> names = language == Language.EN ? domain.en() : domain.ko();
        if (language == Language.MIXED && rng.nextDouble() < 0.35) {
            names = domain.en();
        }
        return rng.nextDouble() < 0.6 ? names.get(0) : pick(names, rng);
    }

    /** Spoken-language name ("영어" / "English"), or the code itself when unknown. */
    static String spoken(String code, Language language) {
        String[] names = SPOKEN.get(code);
        if (names == null) {
            return code;
        }
        return language == Language.EN ? names[1] : names[0];
    }

    /** A list the Korean way: "A, B^과 C" resolved, "A/B/C", "A · B · C" or "A, B, C". */
    static String listKo(List<String> items, RandomGenerator rng) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return switch (rng.nextInt(5)) {
            case 0, 1 -> {
                String head = String.join(", ", items.subList(0, items.size() - 1));
                yield head + Hangul.particle(head, Particle.AND) + " " + items.get(items.size() - 1);
            }
            case 2 -> String.join("/", items);
            case 3 -> String.join(" · ", items);
            default -> String.join(", ", items);
        };
    }

    /** A list the English way: "A, B and C", "A, B, and C", "A/B/C" or "A · B · C". */
    static String listEn(List<String> items, RandomGenerator rng) {
        if (items.size() == 1) {
            return items.get(0);
        }
        String head = String.join(", ", items.subList(0, items.size() - 1));
        String last = items.get(items.size() - 1);
        return switch (rng.nextInt(5)) {
            case 0, 1 -> head + " and " + last;
            case 2 -> head + (items.size() > 2 ? ", and " : " and ") + last;
            case 3 -> String.join("/", items);
            default -> String.join(", ", items);
        };
    }

    static String list(List<String> items, Language language, RandomGenerator rng) {
        return language == Language.EN ? listEn(items, rng) : listKo(items, rng);
    }

    static <T> T pick(List<T> items, RandomGenerator rng) {
        return items.get(rng.nextInt(items.size()));
    }
}
