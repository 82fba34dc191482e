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

    /** With the usual skill-name noise, this share of mentions carries a slip (see {@link SkillSpelling}). */
    static final double MISSPELLING_RATE = 0.1;

    /**
     * A skill in Latin script (its English name or a Latin alias), for the mixed texts that must show English
     * tech terms.
     */
    static String latinSkill(SkillMention skill, Voice voice, RandomGenerator rng) {
        List<String> latin = voice.half().share(latinAliases(skill));
        double noise = voice.options().skillNoise();
        String name = latin.isEmpty() || rng.nextDouble() >= 0.3 * noise ? skill.nameEn() : pick(latin, rng);
        return slip(name, voice, rng);
    }

    /**
     * A skill by its English or Korean name or an alias, as a writer of this language would type it; with the
     * text's skill-name noise, sometimes an alias of the text's half or a slip of its kinds.
     */
    static String skill(SkillMention skill, Language language, Voice voice, RandomGenerator rng) {
        List<String> latin = voice.half().share(latinAliases(skill));
        List<String> korean = voice.half().share(koreanAliases(skill));
        double noise = voice.options().skillNoise();
        double roll = rng.nextDouble();
        String name = switch (language) {
            case EN -> roll < 0.3 * noise && !latin.isEmpty() && !hasHangul(skill.nameEn())
                    ? pick(latin, rng) : skill.nameEn();
            case KO -> roll < 0.25 * noise && !(korean.isEmpty() && latin.isEmpty())
                    ? pick(!korean.isEmpty() && (latin.isEmpty() || rng.nextDouble() < 0.6) ? korean : latin, rng)
                    : rng.nextDouble() < 0.75 ? skill.nameKo() : skill.nameEn();
            case MIXED -> roll < 0.3 * noise && !latin.isEmpty() ? pick(latin, rng)
                    : rng.nextDouble() < 0.8 ? skill.nameEn() : skill.nameKo();
        };
        return slip(name, voice, rng);
    }

    private static String slip(String name, Voice voice, RandomGenerator rng) {
        return rng.nextDouble() < MISSPELLING_RATE * voice.options().skillNoise()
                ? SkillSpelling.vary(name, voice.half(), rng) : name;
    }

    private static List<String> latinAliases(SkillMention skill) {
        List<String> out = new ArrayList<>();
        for (String alias : skill.aliases()) {
            if (!alias.isBlank() && !hasHangul(alias)) {
                out.add(alias);
            }
        }
        return out;
    }

    private static List<String> koreanAliases(SkillMention skill) {
        List<String> out = new ArrayList<>();
        for (String alias : skill.aliases()) {
            if (!alias.isBlank() && hasHangul(alias)) {
                out.add(alias);
            }
        }
        return out;
    }

    /** Every form a text may use for the skill, for keeping typos off it and for checking mentions. */
    static List<String> allForms(SkillMention skill) {
        List<String> forms = new ArrayList<>();
        forms.add(skill.nameEn());
        forms.add(skill.nameKo());
        forms.addAll(skill.aliases());
        return forms;
    }

    static String role(Role role, Language language, TextHalf half, RandomGenerator rng) {
        List<String> names = half.variants(switch (language) {
            case EN -> Roles.namesEn(role);
            case KO -> Roles.namesKo(role);
            case MIXED -> rng.nextDouble() < 0.4 ? Roles.namesEn(role) : Roles.namesKo(role);
        });
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

    static String domain(Domain domain, Language language, TextHalf half, RandomGenerator rng) {
        List<String> names = language == Language.EN ? domain.en() : domain.ko();
        if (language == Language.MIXED && rng.nextDouble() < 0.35) {
            names = domain.en();
        }
        names = half.variants(names);
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
