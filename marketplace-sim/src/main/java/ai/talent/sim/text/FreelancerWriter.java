package ai.talent.sim.text;

import ai.talent.domain.model.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Writes a freelancer's headline and bio: an introduction, then skill, experience, achievement and work-style
 * sentences in a shuffled order, then optional availability, rate, languages and a closing, drawn from phrase
 * banks. The role, seniority and domains are written out (a domain sometimes only through the work described),
 * and the achievements read modest, solid or strong with the profile's craft.
 */
final class FreelancerWriter {

    private static double typoRate(TextOptions options) {
        return options.typos() ? TYPO_RATE : 0;
    }

    private static final double TYPO_RATE = 0.015;
    /** Share of bios that name their domains; the others only describe work that implies them. */
    private static final double DOMAIN_NAMED = 0.6;

    private final PhraseBank ko = PhraseBank.load("freelancer-ko.txt");
    private final PhraseBank en = PhraseBank.load("freelancer-en.txt");
    private final PhraseBank achievements = PhraseBank.load("achievements.txt");
    private final DomainWork domainWork = new DomainWork();

    GeneratedText write(FreelancerProfile profile, Language language, TextOptions options, RandomGenerator rng) {
        Voice voice = Voices.pick(language, options, rng);
        Map<String, String> slots = slots(profile, language, voice, rng);
        boolean english = language == Language.EN;
        PhraseBank bank = english ? en : ko;
        String headline = bank.render("headline", slots, voice, rng);
        String bio = voice.style() == KoreanStyle.NOUN
                ? resume(profile, bank, slots, voice, language, rng)
                : prose(profile, bank, slots, voice, language, rng);
        headline = TemplateRenderer.tidy(headline);
        bio = TemplateRenderer.tidy(bio);
        if (english) {
            headline = EnglishCase.sentences(headline);
            bio = EnglishCase.sentences(bio);
        }
        List<String> protectedTerms = protectedTerms(profile);
        return new GeneratedText(
                Typos.apply(headline, typoRate(options), protectedTerms, rng),
                Typos.apply(bio, typoRate(options), protectedTerms, rng),
                language);
    }

    /**
     * The bio's introduction sentence alone, drawn as a bio draws it (voice, then slots, then the sentence):
     * a short text about the same freelancer, for parallel Korean/English pairs.
     */
    String intro(FreelancerProfile profile, Language language, TextOptions options, RandomGenerator rng) {
        Voice voice = Voices.pick(language, options, rng);
        Map<String, String> slots = slots(profile, language, voice, rng);
        boolean english = language == Language.EN;
        String intro = TemplateRenderer.tidy((english ? en : ko).render("intro", slots, voice, rng));
        if (english) {
            intro = EnglishCase.sentences(intro);
        }
        return Typos.apply(intro, typoRate(options), protectedTerms(profile), rng);
    }

    private String prose(FreelancerProfile profile, PhraseBank bank, Map<String, String> slots, Voice voice,
                         Language language, RandomGenerator rng) {
        List<String> sentences = new ArrayList<>();
        if (rng.nextDouble() < 0.5) {
            sentences.add(bank.render("greet", slots, voice, rng));
        }
        sentences.add(bank.render("intro", slots, voice, rng));
        List<String> middle = new ArrayList<>();
        if (slots.containsKey("domain") && !String.join(" ", sentences).contains(slots.get("domain"))) {
            middle.add(bank.render("domains", slots, voice, rng));
        }
        middle.add(bank.render("skills", slots, voice, rng));
        for (Map<String, String> skillSlots : skillDetails(profile, slots, language, voice, rng)) {
            middle.add(bank.render("skill", skillSlots, voice, rng));
        }
        middle.addAll(achievementSentences(profile.craftTier(), "", bank, slots, voice, rng));
        if (rng.nextDouble() < 0.6) {
            middle.add(bank.render("work", slots, voice, rng));
        }
        TextParts.shuffleKeepingFirst(middle, rng.nextDouble() < 0.5, rng);
        sentences.addAll(middle);
        List<String> tail = new ArrayList<>();
        if (rng.nextDouble() < 0.75 && bank.canRender("availability", slots)) {
            tail.add(bank.render("availability", slots, voice, rng));
        }
        if (rng.nextDouble() < 0.45) {
            tail.add(bank.render("rate", slots, voice, rng));
        }
        if (slots.containsKey("lang") && rng.nextDouble() < 0.7) {
            tail.add(bank.render("languages", slots, voice, rng));
        }
        TextParts.shuffleKeepingFirst(tail, false, rng);
        sentences.addAll(tail);
        if (rng.nextDouble() < 0.6) {
            sentences.add(bank.render("closing", slots, voice, rng));
        }
        return TextParts.join(sentences, rng);
    }

    private String resume(FreelancerProfile profile, PhraseBank bank, Map<String, String> slots, Voice voice,
                          Language language, RandomGenerator rng) {
        String bullet = Naming.pick(List.of("- ", "• ", "· ", "▪ ", "✔ ", "* "), rng);
        List<String> lines = new ArrayList<>();
        if (rng.nextDouble() < 0.6) {
            lines.add(bank.render("cv.header", slots, voice, rng));
        }
        List<String> items = new ArrayList<>();
        items.add(bank.render("cv.summary", slots, voice, rng));
        items.add(bank.render("cv.stack", slots, voice, rng));
        if (slots.containsKey("domain") && !String.join(" ", items).contains(slots.get("domain"))) {
            items.add(bank.render("cv.domains", slots, voice, rng));
        }
        for (Map<String, String> skillSlots : skillDetails(profile, slots, language, voice, rng)) {
            items.add(bank.render("cv.skill", skillSlots, voice, rng));
        }
        items.addAll(achievementSentences(profile.craftTier(), "cv.", bank, slots, voice, rng));
        TextParts.shuffleKeepingFirst(items, rng.nextDouble() < 0.7, rng);
        if (rng.nextDouble() < 0.7 && bank.canRender("cv.availability", slots)) {
            items.add(bank.render("cv.availability", slots, voice, rng));
        }
        if (rng.nextDouble() < 0.5) {
            items.add(bank.render("cv.rate", slots, voice, rng));
        }
        if (slots.containsKey("lang") && rng.nextDouble() < 0.6) {
            items.add(bank.render("cv.languages", slots, voice, rng));
        }
        for (String item : items) {
            lines.add(bullet + item);
        }
        return String.join("\n", lines);
    }

    /**
     * What the bio says about past work, by craft: strong work is led, measured and recognised, in two or three
     * sentences; solid work is one or two plain ones; modest work is helping out, sometimes not mentioned at all.
     */
    private static List<String> achievementSentences(int craftTier, String prefix, PhraseBank bank,
                                                     Map<String, String> slots, Voice voice, RandomGenerator rng) {
        List<String> out = new ArrayList<>();
        switch (craftTier) {
            case 1 -> {
                out.add(bank.render(prefix + "achievement.strong", slots, voice, rng));
                if (slots.containsKey("ach2")) {
                    out.add(bank.render(prefix + "achievement2.strong", slots, voice, rng));
                }
                if (rng.nextDouble() < 0.6) {
                    out.add(bank.render(prefix + "impact", slots, voice, rng));
                }
            }
            case -1 -> {
                if (rng.nextDouble() < 0.7) {
                    out.add(bank.render(prefix + "achievement.modest", slots, voice, rng));
                }
            }
            default -> {
                out.add(bank.render(prefix + "achievement", slots, voice, rng));
                if (slots.containsKey("ach2") && rng.nextDouble() < 0.5) {
                    out.add(bank.render(prefix + "achievement2", slots, voice, rng));
                }
            }
        }
        return out;
    }

    /** Slots for sentences about single skills: up to two of the profile's skills, each with its own years. */
    private List<Map<String, String>> skillDetails(FreelancerProfile profile, Map<String, String> base,
                                                   Language language, Voice voice, RandomGenerator rng) {
        int count = rng.nextInt(Math.min(2, profile.skills().size()) + 1);
        List<SkillMention> skills = new ArrayList<>(profile.skills());
        List<Map<String, String>> details = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SkillMention skill = skills.remove(rng.nextInt(skills.size()));
            Map<String, String> slots = new HashMap<>(base);
            slots.put("s", Naming.skill(skill, language, voice, rng));
            slots.put("sy", Long.toString(Math.max(1, Math.round(skill.years()))));
            slots.put("prof", proficiency(skill.level(), language, rng));
            details.add(slots);
        }
        return details;
    }

    private Map<String, String> slots(FreelancerProfile profile, Language language, Voice voice,
                                      RandomGenerator rng) {
        Map<String, String> slots = new HashMap<>();
        TextHalf half = voice.half();
        slots.put("role", Naming.role(profile.role(), language, half, rng));
        slots.put("roleAlt", Naming.role(profile.role(), language, half, rng));
        int years = Math.max(1, profile.totalYears());
        slots.put("years", Integer.toString(years));
        slots.put("senior", seniority(profile.seniority(), language, rng));
        List<String> skillNames = new ArrayList<>();
        for (SkillMention skill : profile.skills().subList(0, Math.min(4, profile.skills().size()))) {
            boolean mustShowEnglish = language == Language.MIXED && skillNames.isEmpty();
            skillNames.add(mustShowEnglish ? Naming.latinSkill(skill, voice, rng)
                    : Naming.skill(skill, language, voice, rng));
        }
        slots.put("skills", Naming.list(skillNames, language, rng));
        slots.put("skill1", skillNames.get(0));
        if (skillNames.size() >= 2) {
            slots.put("skill2", skillNames.get(1));
        }
        if (skillNames.size() >= 3) {
            slots.put("skill3", skillNames.get(2));
        }
        SkillMention top = profile.skills().get(0);
        slots.put("sy1", Long.toString(Math.max(1, Math.round(top.years()))));
        slots.put("prof1", proficiency(top.level(), language, rng));
        String region = Naming.region(profile.regionEn(), profile.regionKo(), language);
        if (region != null) {
            slots.put("region", region);
        }
        if (profile.remoteOk()) {
            slots.put("remote", "");
        } else if (region != null) {
            slots.put("onsite", "");
        }
        boolean english = language == Language.EN;
        slots.put("rate", english ? Krw.hourlyEn(profile.hourlyRateKrw(), rng) : Krw.hourlyKo(profile.hourlyRateKrw(), rng));
        slots.put("amt", english ? Krw.en(profile.hourlyRateKrw(), rng) : Krw.ko(profile.hourlyRateKrw(), rng));
        slots.put("cat", TextParts.category(profile.category(), language));

        // Domains: named in most bios; otherwise the work described (a payments app, a booking system) implies them.
        List<Domain> domains = profile.domains().stream().map(d -> Domains.byKey(d).orElseThrow()).toList();
        boolean named = rng.nextDouble() < DOMAIN_NAMED;
        if (named) {
            slots.put("domain", Naming.domain(domains.get(0), language, half, rng));
            if (domains.size() > 1) {
                slots.put("domain2", Naming.domain(domains.get(1), language, half, rng));
            }
        }
        String achSection = achievementSection(profile.category(), english);
        String first = !named || rng.nextDouble() < 0.5
                ? domainWork.achievement(domains.get(0).key(), profile.category(), language, voice, rng)
                : achievements.render(achSection, slots, voice, rng);
        String second = domains.size() > 1 && (!named || rng.nextDouble() < 0.5)
                ? domainWork.achievement(domains.get(1).key(), profile.category(), language, voice, rng)
                : achievements.render(achSection, slots, voice, rng);
        slots.put("ach", first);
        slots.put("Ach", capitalize(first));
        if (!second.equals(first)) {
            slots.put("ach2", second);
            slots.put("Ach2", capitalize(second));
        }
        List<String> spoken = new ArrayList<>();
        for (String code : profile.languages()) {
            if (!code.equalsIgnoreCase(english ? "en" : "ko")) {
                spoken.add(Naming.spoken(code.toLowerCase(Locale.ROOT), language));
            }
        }
        if (!spoken.isEmpty()) {
            slots.put("lang", Naming.list(spoken, language, rng));
        }
        return slots;
    }

    private String achievementSection(String category, boolean english) {
        String section = (english ? "en." : "ko.") + category.toUpperCase(Locale.ROOT);
        return achievements.has(section) ? section : (english ? "en.GENERIC" : "ko.GENERIC");
    }

    static String seniority(String seniority, Language language, RandomGenerator rng) {
        boolean english = language == Language.EN;
        return switch (seniority) {
            case "senior" -> english ? Naming.pick(List.of("senior", "senior", "lead", "seasoned"), rng)
                    : Naming.pick(language == Language.MIXED ? List.of("시니어", "Senior", "senior", "베테랑")
                            : List.of("시니어", "시니어", "베테랑", "고급"), rng);
            case "mid" -> english ? Naming.pick(List.of("mid-level", "experienced", "mid-level"), rng)
                    : Naming.pick(List.of("미드레벨", "중급", "경력직"), rng);
            default -> english ? Naming.pick(List.of("junior", "junior", "entry-level"), rng)
                    : Naming.pick(List.of("주니어", "신입", "초급"), rng);
        };
    }

    static String proficiency(int level, Language language, RandomGenerator rng) {
        List<String> words = language == Language.EN
                ? switch (level) {
                    case 5 -> List.of("at an expert level", "in depth", "as my strongest tool");
                    case 4 -> List.of("fluently", "with confidence", "extensively in production");
                    case 3 -> List.of("comfortably", "regularly in production", "day to day");
                    case 2 -> List.of("at a working level", "for smaller tasks", "on a few projects");
                    default -> List.of("at a basic level", "as a beginner", "in side projects");
                }
                : switch (level) {
                    case 5 -> List.of("전문가 수준으로", "깊이 있게", "누구보다 자신 있게");
                    case 4 -> List.of("능숙하게", "자유자재로", "실무에서 자신 있게");
                    case 3 -> List.of("실무에서 무리 없이", "익숙하게", "업무에 충분할 만큼");
                    case 2 -> List.of("기본적인 수준으로", "간단한 작업 위주로", "보조적으로");
                    default -> List.of("입문 수준으로", "공부하면서", "사이드 프로젝트에서");
                };
        return Naming.pick(words, rng);
    }

    private static List<String> protectedTerms(FreelancerProfile profile) {
        List<String> terms = new ArrayList<>();
        terms.addAll(Roles.namesEn(profile.role()));
        terms.addAll(Roles.namesKo(profile.role()));
        for (String key : profile.domains()) {
            Domain domain = Domains.byKey(key).orElseThrow();
            terms.addAll(domain.en());
            terms.addAll(domain.ko());
        }
        TextParts.addIfPresent(terms, profile.regionEn());
        TextParts.addIfPresent(terms, profile.regionKo());
        for (SkillMention skill : profile.skills()) {
            terms.addAll(Naming.allForms(skill));
        }
        return terms;
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
