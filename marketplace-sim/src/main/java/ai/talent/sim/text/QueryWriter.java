package ai.talent.sim.text;

import ai.talent.domain.model.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Writes a recruiter's search query: terse fragments for each part of the intent (region, seniority, skills,
 * role, years, domain, rate bounds, remote, language) in a mostly usual order, sometimes wrapped in a sentence.
 */
final class QueryWriter {

    private static double typoRate(TextOptions options) {
        return options.typos() ? TYPO_RATE : 0;
    }

    private static final double TYPO_RATE = 0.01;
    private static final int WHO_ORDER = 2;
    private static final List<String> SHORTENABLE = List.of("개발자", "엔지니어", "developer", "engineer", "dev");

    private final PhraseBank ko = PhraseBank.load("query-ko.txt");
    private final PhraseBank en = PhraseBank.load("query-en.txt");

    /** One part of the query, with its place in the usual order. */
    private record Fragment(int order, String text) {
    }

    GeneratedText write(QueryIntent intent, Language language, TextOptions options, RandomGenerator rng) {
        boolean english = language == Language.EN;
        PhraseBank bank = english ? en : ko;
        Voice voice = new Voice(KoreanStyle.POLITE, language == Language.MIXED ? 0.6 : english ? 0 : 0.1, options);
        Map<String, String> slots = slots(intent, language, voice, rng);
        List<Fragment> fragments = new ArrayList<>();
        if (slots.containsKey("region")) {
            fragments.add(new Fragment(english ? 6 : 0, bank.render("region", slots, voice, rng)));
        }
        if (intent.seniority() != null) {
            fragments.add(new Fragment(1, bank.render("seniority." + intent.seniority(), slots, voice, rng)));
        }
        fragments.add(new Fragment(WHO_ORDER, bank.render(slots.containsKey("skills") ? "who" : "who.role", slots, voice, rng)));
        if (intent.minYears() != null) {
            fragments.add(new Fragment(english ? 5 : 3, bank.render("years", slots, voice, rng)));
        }
        if (slots.containsKey("domain")) {
            fragments.add(new Fragment(english ? 3 : 4, bank.render("domain", slots, voice, rng)));
        }
        String rateSection = intent.minRateKrw() != null && intent.maxRateKrw() != null ? "rate.range"
                : intent.maxRateKrw() != null ? "rate.max" : intent.minRateKrw() != null ? "rate.min" : null;
        if (rateSection != null) {
            fragments.add(new Fragment(english ? 8 : 5, bank.render(rateSection, slots, voice, rng)));
        }
        if (intent.remote()) {
            fragments.add(new Fragment(english ? 7 : 6, bank.render("remote", slots, voice, rng)));
        }
        if (intent.language() != null) {
            String section = "lang." + intent.language().toLowerCase(Locale.ROOT);
            if (bank.has(section)) {
                fragments.add(new Fragment(9, bank.render(section, slots, voice, rng)));
            }
        }
        fragments.sort((a, b) -> Integer.compare(a.order(), b.order()));
        String query = fragments.size() >= 3 && rng.nextDouble() < 0.15
                ? whoThenDetails(fragments, english, rng)
                : inOrder(fragments, english, rng);
        if (rng.nextDouble() < 0.3) {
            Map<String, String> wrapSlots = new HashMap<>();
            wrapSlots.put("q", query);
            query = bank.render("wrap", wrapSlots, voice, rng);
        }
        if (english && rng.nextDouble() < 0.3) {
            query = query.toLowerCase(Locale.ROOT);
        }
        List<String> protectedTerms = new ArrayList<>();
        TextParts.addIfPresent(protectedTerms, intent.regionEn());
        TextParts.addIfPresent(protectedTerms, intent.regionKo());
        for (SkillMention skill : intent.skills()) {
            protectedTerms.addAll(Naming.allForms(skill));
        }
        return new GeneratedText(TemplateRenderer.tidy(Typos.apply(query, typoRate(options), protectedTerms, rng)), "",
                language);
    }

    private static String inOrder(List<Fragment> fragments, boolean english, RandomGenerator rng) {
        List<String> texts = new ArrayList<>();
        for (Fragment fragment : fragments) {
            texts.add(fragment.text());
        }
        perturbOrder(texts, rng);
        String separator = english ? (rng.nextDouble() < 0.55 ? ", " : " ") : (rng.nextDouble() < 0.8 ? " " : ", ");
        return String.join(separator, texts);
    }

    /** "리액트 개발자 (서울, 5년↑, 재택)": who first, the conditions after it in parentheses or after a dash. */
    private static String whoThenDetails(List<Fragment> fragments, boolean english, RandomGenerator rng) {
        String who = "";
        List<String> details = new ArrayList<>();
        for (Fragment fragment : fragments) {
            if (fragment.order() == WHO_ORDER) {
                who = fragment.text();
            } else {
                details.add(fragment.text());
            }
        }
        String joined = String.join(rng.nextBoolean() ? ", " : english ? "; " : " / ", details);
        return rng.nextBoolean() ? who + " (" + joined + ")" : who + " - " + joined;
    }

    /** People mostly write in the usual order, but not always. */
    private static void perturbOrder(List<String> texts, RandomGenerator rng) {
        double roll = rng.nextDouble();
        if (texts.size() < 2 || roll < 0.55) {
            return;
        }
        int swaps = roll < 0.85 ? 1 : texts.size();
        for (int s = 0; s < swaps; s++) {
            int i = rng.nextInt(texts.size() - 1);
            String tmp = texts.get(i);
            texts.set(i, texts.get(i + 1));
            texts.set(i + 1, tmp);
        }
    }

    private static Map<String, String> slots(QueryIntent intent, Language language, Voice voice,
                                             RandomGenerator rng) {
        boolean english = language == Language.EN;
        Map<String, String> slots = new HashMap<>();
        if (!intent.skills().isEmpty()) {
            List<String> names = new ArrayList<>();
            for (SkillMention skill : intent.skills()) {
                names.add(Naming.skill(skill, language, voice, rng));
            }
            slots.put("skills", queryList(names, english, rng));
        }
        if (intent.role() != null) {
            String role = Naming.role(intent.role(), language, voice.half(), rng);
            slots.put("role", english && rng.nextDouble() < 0.6 ? lowerFirst(role) : role);
            slots.put("roleShort", shortRole(slots.get("role"), rng));
        }
        String region = Naming.region(intent.regionEn(), intent.regionKo(), language);
        if (region != null) {
            slots.put("region", region);
        }
        if (intent.minYears() != null) {
            slots.put("y", Integer.toString(intent.minYears()));
        }
        if (intent.minRateKrw() != null) {
            slots.put("min", amount(intent.minRateKrw(), english, rng));
        }
        if (intent.maxRateKrw() != null) {
            slots.put("max", amount(intent.maxRateKrw(), english, rng));
        }
        if (intent.domain() != null) {
            slots.put("domain", Domains.byKey(intent.domain())
                    .map(d -> Naming.domain(d, language, voice.half(), rng))
                    .orElse(intent.domain()));
        }
        return slots;
    }

    /** A rate bound as people type it in a search box: 5만원, 5만, 50,000원, 50k, ₩50,000. */
    static String amount(long krw, boolean english, RandomGenerator rng) {
        if (english) {
            return switch (rng.nextInt(5)) {
                case 0, 1 -> Krw.abbreviated(krw);
                case 2 -> "₩" + Krw.grouped(krw);
                case 3 -> Krw.grouped(krw) + " KRW";
                default -> "₩" + Krw.abbreviated(krw);
            };
        }
        return switch (rng.nextInt(6)) {
            case 0, 1 -> Krw.manWon(krw, rng) + "원";
            case 2 -> Krw.manWon(krw, rng);
            case 3 -> Krw.grouped(krw) + "원";
            case 4 -> Krw.manWon(krw, rng) + " 원";
            default -> Krw.abbreviated(krw);
        };
    }

    private static String queryList(List<String> names, boolean english, RandomGenerator rng) {
        if (names.size() == 1) {
            return names.get(0);
        }
        List<String> separators = english ? List.of(", ", " ", "/", " + ", " and ") : List.of(" ", ", ", "/", " + ");
        return String.join(Naming.pick(separators, rng), names);
    }

    private static String shortRole(String role, RandomGenerator rng) {
        int space = role.lastIndexOf(' ');
        if (space > 0 && SHORTENABLE.contains(role.substring(space + 1).toLowerCase(Locale.ROOT)) && rng.nextBoolean()) {
            return role.substring(0, space);
        }
        return role;
    }

    private static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }
}
