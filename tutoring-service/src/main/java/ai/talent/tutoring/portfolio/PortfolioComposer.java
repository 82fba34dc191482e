package ai.talent.tutoring.portfolio;

import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.model.ContractOutcome;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.skill.SkillTaxonomy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Selects what a portfolio shows, before it is phrased:
 * <ul>
 *   <li>top skills: the profile's skills and those the completed projects asked for, ranked by declared level,
 *       years and the number of successful projects that show them; each with those projects as evidence;</li>
 *   <li>case studies: delivered projects (not cancelled or disputed) scored by outcome (success, rating, on time)
 *       plus, with a target role, their embedding's similarity to the role; picked by maximal marginal relevance,
 *       so a second project much like the first gives way to a different one;</li>
 *   <li>feedback excerpts: the well-rated (4–5) completions with written feedback, best first, cut at a sentence.</li>
 * </ul>
 * Every ordering ends on an id, so the same material always gives the same selection.
 */
public final class PortfolioComposer {

    /** Selection limits and weights (tutoring.portfolio.*). */
    public record Limits(int topSkills, int caseStudies, int evidencePerSkill, int feedbackExcerpts,
                         int excerptChars, double relevanceWeight, double diversity, int candidates) {

        public static Limits defaults() {
            return new Limits(5, 3, 3, 3, 160, 1.0, 0.3, 50);
        }
    }

    private final SkillTaxonomy taxonomy;
    private final Limits limits;

    public PortfolioComposer(SkillTaxonomy taxonomy, Limits limits) {
        this.taxonomy = taxonomy;
        this.limits = limits;
    }

    public PortfolioFacts compose(Freelancer profile, List<ContractCompleted> completed,
                                  Function<String, ProjectBrief> projects, PortfolioLanguage language,
                                  String targetRole, TextVectors vectors) {
        List<ContractCompleted> work = completed.stream()
                .sorted(Comparator.comparing(ContractCompleted::completedAt).reversed()
                        .thenComparing(ContractCompleted::contractId))
                .toList();
        Portfolio.TrackRecord track = work.isEmpty() ? null : track(work);
        return new PortfolioFacts(profile, language, blankToNull(targetRole),
                skills(profile, work, projects, language),
                caseStudies(work, projects, language, blankToNull(targetRole), vectors),
                feedback(work, projects, language), track);
    }

    private static Portfolio.TrackRecord track(List<ContractCompleted> work) {
        int successful = (int) work.stream().filter(ContractCompleted::successful).count();
        int onTime = (int) work.stream().filter(c -> c.outcome() == ContractOutcome.COMPLETED_ON_TIME).count();
        double rating = work.stream().mapToInt(ContractCompleted::clientRating).average().orElse(0);
        return new Portfolio.TrackRecord(work.size(), successful, onTime, Math.round(rating * 10) / 10.0);
    }

    private List<PortfolioFacts.SkillFact> skills(Freelancer profile, List<ContractCompleted> work,
                                                  Function<String, ProjectBrief> projects,
                                                  PortfolioLanguage language) {
        Map<String, SkillLevel> declared = new HashMap<>();
        profile.skills().forEach(s -> declared.putIfAbsent(s.skillId(), s));
        Map<String, List<ContractCompleted>> shownIn = new HashMap<>();
        Set<String> candidates = new LinkedHashSet<>(declared.keySet());
        for (ContractCompleted c : work) {
            ProjectBrief brief = projects.apply(c.projectId());
            if (brief == null || !c.successful()) {
                continue;
            }
            for (String skill : brief.skillIds()) {
                shownIn.computeIfAbsent(skill, k -> new ArrayList<>()).add(c);
                candidates.add(skill);
            }
        }
        record Scored(String skillId, double score) {
        }
        return candidates.stream()
                .map(id -> {
                    SkillLevel s = declared.get(id);
                    int evidence = shownIn.getOrDefault(id, List.of()).size();
                    double score = (s == null ? 0 : s.level() + Math.min(s.years(), 10) / 5) + 1.5 * evidence;
                    return new Scored(id, score);
                })
                .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::skillId))
                .limit(limits.topSkills())
                .map(scored -> {
                    SkillLevel s = declared.get(scored.skillId());
                    List<Portfolio.ProjectRef> evidence = shownIn.getOrDefault(scored.skillId(), List.of()).stream()
                            .sorted(Comparator.comparingInt(ContractCompleted::clientRating).reversed()
                                    .thenComparing(ContractCompleted::completedAt, Comparator.reverseOrder())
                                    .thenComparing(ContractCompleted::contractId))
                            .limit(limits.evidencePerSkill())
                            .map(c -> ref(c, projects, language))
                            .toList();
                    return new PortfolioFacts.SkillFact(scored.skillId(), skillName(scored.skillId(), language),
                            s == null ? null : s.level(), s == null ? null : s.years(), evidence);
                })
                .toList();
    }

    private List<PortfolioFacts.CaseFact> caseStudies(List<ContractCompleted> work,
                                                      Function<String, ProjectBrief> projects,
                                                      PortfolioLanguage language, String targetRole,
                                                      TextVectors vectors) {
        List<ContractCompleted> delivered = work.stream()
                .filter(c -> c.outcome() == ContractOutcome.COMPLETED_ON_TIME
                        || c.outcome() == ContractOutcome.COMPLETED_LATE)
                .sorted(Comparator.comparingDouble(PortfolioComposer::outcomeScore).reversed()
                        .thenComparing(ContractCompleted::contractId))
                .limit(limits.candidates())
                .toList();
        if (delivered.isEmpty()) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        delivered.forEach(c -> texts.add(projectText(c, projects.apply(c.projectId()))));
        if (targetRole != null) {
            texts.add(roleText(targetRole));
        }
        float[][] v = vectors.embed(texts);
        double[] base = new double[delivered.size()];
        Double[] relevance = new Double[delivered.size()];
        for (int i = 0; i < delivered.size(); i++) {
            base[i] = outcomeScore(delivered.get(i));
            if (targetRole != null) {
                // rounded before use, so that float noise can never reorder two projects between runs
                relevance[i] = Math.round(TextVectors.cosine(v[i], v[delivered.size()]) * 1000) / 1000.0;
                base[i] += limits.relevanceWeight() * relevance[i];
            }
        }
        List<Integer> chosen = new ArrayList<>();
        boolean[] taken = new boolean[delivered.size()];
        while (chosen.size() < Math.min(limits.caseStudies(), delivered.size())) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < delivered.size(); i++) {
                if (taken[i]) {
                    continue;
                }
                double redundancy = 0;
                for (int j : chosen) {
                    redundancy = Math.max(redundancy, Math.round(TextVectors.cosine(v[i], v[j]) * 1000) / 1000.0);
                }
                double score = (1 - limits.diversity()) * base[i] - limits.diversity() * redundancy;
                if (score > bestScore) { // strict: ties keep the earlier (higher outcome, then smaller id)
                    best = i;
                    bestScore = score;
                }
            }
            taken[best] = true;
            chosen.add(best);
        }
        return chosen.stream().map(i -> {
            ContractCompleted c = delivered.get(i);
            ProjectBrief brief = projects.apply(c.projectId());
            List<String> skillNames = brief == null ? List.of()
                    : brief.skillIds().stream().limit(3).map(s -> skillName(s, language)).toList();
            return new PortfolioFacts.CaseFact(c, title(c, brief, language), skillNames, relevance[i]);
        }).toList();
    }

    /** Success counts most, then the rating, then delivery on time: 0 to 1. */
    static double outcomeScore(ContractCompleted c) {
        return (c.successful() ? 0.5 : 0) + 0.3 * (c.clientRating() - 1) / 4.0
                + (c.outcome() == ContractOutcome.COMPLETED_ON_TIME ? 0.2 : 0);
    }

    /** What the encoder reads of a project: title, description and skills by their English names. */
    private String projectText(ContractCompleted c, ProjectBrief brief) {
        if (brief == null) {
            return "project " + c.projectId();
        }
        String skills = String.join(", ", brief.skillIds().stream().map(s -> skillName(s, PortfolioLanguage.EN))
                .toList());
        return brief.title() + ". " + brief.description() + (skills.isEmpty() ? "" : " Skills: " + skills);
    }

    /**
     * The role as the encoder reads it: followed by the English names of the skills it names in any of their
     * aliases ("리액트 프론트엔드 개발자" → "... (React)"), since project texts name skills in English and the
     * default encoder reads English far better than Korean.
     */
    String roleText(String role) {
        String[] words = role.split("[\\s,/·()]+");
        Set<String> named = new LinkedHashSet<>();
        for (int i = 0; i < words.length; i++) {
            for (int n = Math.min(3, words.length - i); n >= 1; n--) {
                var skill = taxonomy.find(String.join(" ", Arrays.asList(words).subList(i, i + n)));
                if (skill.isPresent()) {
                    named.add(skill.get().nameEn());
                    break;
                }
            }
        }
        named.removeIf(name -> role.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT)));
        return named.isEmpty() ? role : role + " (" + String.join(", ", named) + ")";
    }

    private List<Portfolio.FeedbackExcerpt> feedback(List<ContractCompleted> work,
                                                     Function<String, ProjectBrief> projects,
                                                     PortfolioLanguage language) {
        return work.stream()
                .filter(c -> c.feedback() != null && c.clientRating() >= 4)
                .sorted(Comparator.comparingInt(ContractCompleted::clientRating).reversed()
                        .thenComparing(ContractCompleted::completedAt, Comparator.reverseOrder())
                        .thenComparing(ContractCompleted::contractId))
                .limit(limits.feedbackExcerpts())
                .map(c -> new Portfolio.FeedbackExcerpt(c.contractId(),
                        title(c, projects.apply(c.projectId()), language), c.clientRating(),
                        excerpt(c.feedback(), limits.excerptChars())))
                .toList();
    }

    /** The feedback's first sentences that fit in {@code max} characters, else its first words and an ellipsis. */
    static String excerpt(String text, int max) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() <= max) {
            return t;
        }
        int cut = -1;
        for (int i = 0; i < max; i++) {
            char ch = t.charAt(i);
            if ((ch == '.' || ch == '!' || ch == '?' || ch == '。') && (i + 1 == t.length() || t.charAt(i + 1) == ' ')) {
                cut = i + 1;
            }
        }
        if (cut > 0) {
            return t.substring(0, cut);
        }
        int space = t.lastIndexOf(' ', max - 1);
        return t.substring(0, space > max / 2 ? space : max - 1) + "…";
    }

    private Portfolio.ProjectRef ref(ContractCompleted c, Function<String, ProjectBrief> projects,
                                     PortfolioLanguage language) {
        return new Portfolio.ProjectRef(c.contractId(), c.projectId(), title(c, projects.apply(c.projectId()),
                language));
    }

    /** The project's title; a project tutoring never saw posted is named by its id. */
    static String title(ContractCompleted c, ProjectBrief brief, PortfolioLanguage language) {
        if (brief != null) {
            return brief.title();
        }
        return (language == PortfolioLanguage.KO ? "프로젝트 " : "Project ") + c.projectId();
    }

    String skillName(String skillId, PortfolioLanguage language) {
        return taxonomy.byId(skillId).map(s -> language == PortfolioLanguage.KO ? s.nameKo() : s.nameEn())
                .orElse(skillId);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
