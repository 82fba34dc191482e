package ai.talent.sim.text;

import ai.talent.domain.model.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Writes a project post: a title, then a description with the client's context, the work, required and
 * nice-to-have skills (as sentences or bullet lists), and the terms (budget, duration, place).
 */
final class ProjectWriter {

    private static double typoRate(TextOptions options) {
        return options.typos() ? TYPO_RATE : 0;
    }

    private static final double TYPO_RATE = 0.012;

    /** Share of posts that say how complex the work is (the others leave it to the skills and the budget). */
    private static final double COMPLEXITY_STATED = 0.85;
    /** Share of posts that name the role they need. */
    private static final double ROLE_STATED = 0.9;

    private final PhraseBank ko = PhraseBank.load("project-ko.txt");
    private final PhraseBank en = PhraseBank.load("project-en.txt");
    private final DomainWork domainWork = new DomainWork();

    GeneratedText write(ProjectBrief brief, Language language, TextOptions options, RandomGenerator rng) {
        Voice voice = Voices.forProject(language, options, rng);
        boolean english = language == Language.EN;
        PhraseBank bank = english ? en : ko;
        Map<String, String> slots = slots(brief, bank, voice, language, rng);
        String title = bank.render("title", slots, voice, rng);
        boolean lists = voice.style() == KoreanStyle.NOUN || rng.nextDouble() < 0.45;
        String bullet = Naming.pick(List.of("- ", "• ", "· ", "* ", "✔ "), rng);
        List<String> blocks = new ArrayList<>();
        // A post whose domain is not named always says what the product is, which implies the domain.
        if (!brief.domainStated()) {
            blocks.add(bank.render("intro.product", slots, voice, rng));
        } else if (rng.nextDouble() < 0.85) {
            blocks.add(bank.render(rng.nextDouble() < 0.7 ? "intro" : "intro.product", slots, voice, rng));
        }
        String task = bank.render("task", slots, voice, rng);
        // Posts say whom they are looking for, and a post that names its domain really names it.
        if (!(title + task).contains(slots.get("role")) && rng.nextDouble() < ROLE_STATED) {
            task = bank.render("role", slots, voice, rng) + " " + task;
        }
        if (brief.domainStated() && !(title + String.join(" ", blocks) + task).contains(slots.get("domain"))) {
            task = bank.render("domain", slots, voice, rng) + " " + task;
        }
        if (rng.nextDouble() < COMPLEXITY_STATED) {
            task += " " + bank.render("complexity." + brief.complexity(), slots, voice, rng);
        }
        if (brief.seniorityStated() && !lists) {
            task += " " + bank.render("seniority." + brief.seniority(), slots, voice, rng);
        }
        blocks.add(task);
        if (lists) {
            List<String> requirements = requirementLines(brief.required(), "req.item", bank, slots, voice, language,
                    rng);
            if (brief.seniorityStated()) {
                requirements.add(rng.nextInt(requirements.size() + 1),
                        bank.render("req.seniority." + brief.seniority(), slots, voice, rng));
            }
            blocks.add(bulletBlock(bank, "req.header", requirements, bullet, voice, slots, rng));
            if (!brief.niceToHave().isEmpty()) {
                blocks.add(bulletBlock(bank, "nice.header", requirementLines(brief.niceToHave(), "nice.item", bank,
                        slots, voice, language, rng), bullet, voice, slots, rng));
            }
            List<String> terms = new ArrayList<>();
            terms.add(bank.render("terms.budget", slots, voice, rng));
            terms.add(bank.render("terms.duration", slots, voice, rng));
            if (bank.canRender("terms.place", slots)) {
                terms.add(bank.render("terms.place", slots, voice, rng));
            }
            if (brief.hoursPerWeek() > 0) {
                terms.add(bank.render(brief.hoursPerWeek() >= 40 ? "terms.hours.full" : "terms.hours", slots, voice,
                        rng));
            }
            TextParts.shuffleKeepingFirst(terms, false, rng);
            blocks.add(bulletBlock(bank, "terms.header", terms, bullet, voice, slots, rng));
        } else {
            List<String> sentences = new ArrayList<>();
            sentences.add(bank.render("req", slots, voice, rng));
            if (slots.containsKey("nice")) {
                sentences.add(bank.render("nice", slots, voice, rng));
            }
            sentences.add(bank.render("budget", slots, voice, rng));
            sentences.add(bank.render("duration", slots, voice, rng));
            if (bank.canRender("place", slots)) {
                sentences.add(bank.render("place", slots, voice, rng));
            }
            if (brief.hoursPerWeek() > 0) {
                sentences.add(bank.render(brief.hoursPerWeek() >= 40 ? "hours.full" : "hours", slots, voice, rng));
            }
            TextParts.shuffleKeepingFirst(sentences, true, rng);
            blocks.add(String.join(rng.nextBoolean() ? " " : "\n", sentences));
        }
        if (rng.nextDouble() < 0.7) {
            blocks.add(bank.render("closing", slots, voice, rng));
        }
        List<String> protectedTerms = new ArrayList<>();
        protectedTerms.addAll(Roles.namesEn(brief.role()));
        protectedTerms.addAll(Roles.namesKo(brief.role()));
        Domain domain = Domains.byKey(brief.domain()).orElseThrow();
        protectedTerms.addAll(domain.en());
        protectedTerms.addAll(domain.ko());
        TextParts.addIfPresent(protectedTerms, brief.regionEn());
        TextParts.addIfPresent(protectedTerms, brief.regionKo());
        for (SkillMention skill : brief.required()) {
            protectedTerms.addAll(Naming.allForms(skill));
        }
        for (SkillMention skill : brief.niceToHave()) {
            protectedTerms.addAll(Naming.allForms(skill));
        }
        String body = String.join(rng.nextDouble() < 0.6 ? "\n\n" : "\n", blocks);
        title = TemplateRenderer.tidy(title);
        body = TemplateRenderer.tidy(body);
        if (english) {
            title = EnglishCase.sentences(title);
            body = EnglishCase.sentences(body);
        }
        return new GeneratedText(Typos.apply(title, typoRate(options), protectedTerms, rng),
                Typos.apply(body, typoRate(options), protectedTerms, rng), language);
    }

    private static String bulletBlock(PhraseBank bank, String header, List<String> lines, String bullet, Voice voice,
                                      Map<String, String> slots, RandomGenerator rng) {
        StringBuilder out = new StringBuilder(bank.render(header, slots, voice, rng));
        for (String line : lines) {
            out.append('\n').append(bullet).append(line);
        }
        return out.toString();
    }

    private static List<String> requirementLines(List<SkillMention> skills, String section, PhraseBank bank,
                                                 Map<String, String> base, Voice voice, Language language,
                                                 RandomGenerator rng) {
        List<String> lines = new ArrayList<>();
        for (SkillMention skill : skills) {
            Map<String, String> slots = new HashMap<>(base);
            boolean mustShowEnglish = language == Language.MIXED && lines.isEmpty();
            slots.put("s", mustShowEnglish ? Naming.latinSkill(skill, voice, rng)
                    : Naming.skill(skill, language, voice, rng));
            if (skill.years() >= 1) {
                slots.put("sy", Long.toString(Math.round(skill.years())));
            }
            lines.add(bank.render(section, slots, voice, rng));
        }
        return lines;
    }

    private Map<String, String> slots(ProjectBrief brief, PhraseBank bank, Voice voice, Language language,
                                      RandomGenerator rng) {
        boolean english = language == Language.EN;
        Map<String, String> slots = new HashMap<>();
        if (brief.domainStated()) {
            slots.put("domain", Naming.domain(Domains.byKey(brief.domain()).orElseThrow(), language, voice.half(), rng));
        }
        slots.put("dprod", domainWork.product(brief.domain(), language, voice, rng));
        String category = brief.category().toUpperCase(Locale.ROOT);
        slots.put("role", Naming.role(brief.role(), language, voice.half(), rng));
        slots.put("cat", TextParts.category(category, language));
        if (brief.hoursPerWeek() > 0) {
            slots.put("hours", Integer.toString(brief.hoursPerWeek()));
        }
        List<String> required = new ArrayList<>();
        for (SkillMention skill : brief.required()) {
            boolean mustShowEnglish = language == Language.MIXED && required.isEmpty();
            required.add(mustShowEnglish ? Naming.latinSkill(skill, voice, rng)
                    : Naming.skill(skill, language, voice, rng));
        }
        slots.put("req", Naming.list(required, language, rng));
        slots.put("skill1", required.get(0));
        if (required.size() >= 2) {
            slots.put("skill2", required.get(1));
        }
        if (!brief.niceToHave().isEmpty()) {
            List<String> nice = new ArrayList<>();
            for (SkillMention skill : brief.niceToHave()) {
                nice.add(Naming.skill(skill, language, voice, rng));
            }
            slots.put("nice", Naming.list(nice, language, rng));
        }
        if (brief.hourly()) {
            slots.put("hourly", "");
            slots.put("budget", english ? Krw.hourlyEn(brief.budgetKrw(), rng) : Krw.hourlyKo(brief.budgetKrw(), rng));
        } else {
            slots.put("fixed", "");
            slots.put("budget", english ? Krw.en(brief.budgetKrw(), rng) : Krw.ko(brief.budgetKrw(), rng));
        }
        slots.put("dur", duration(brief.durationWeeks(), english, rng));
        String region = Naming.region(brief.regionEn(), brief.regionKo(), language);
        if (region != null) {
            slots.put("region", region);
        }
        if (brief.remote()) {
            slots.put("remote", "");
        } else if (region != null) {
            slots.put("onsite", "");
        }
        String productSection = "product." + category;
        slots.put("product", bank.render(bank.has(productSection) ? productSection : "product.GENERIC",
                slots, voice, rng));
        return slots;
    }

    /** 8 → "8주", "2개월", "2 months", "8 weeks"; templates add "약"/"about" where it reads well. */
    static String duration(int weeks, boolean english, RandomGenerator rng) {
        boolean months = weeks % 4 == 0 && rng.nextBoolean();
        if (english) {
            if (months) {
                int m = weeks / 4;
                return m + (m == 1 ? " month" : " months");
            }
            return weeks + (weeks == 1 ? " week" : " weeks");
        }
        return months ? weeks / 4 + "개월" : weeks + "주";
    }
}
