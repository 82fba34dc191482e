package ai.talent.tutoring.portfolio;

import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.event.PortfolioSection;
import ai.talent.domain.model.ContractOutcome;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Language;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.skill.SkillTaxonomy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes a freelancer's portfolio from their profile and completed contracts, in Korean or English: a summary,
 * their strongest skills, their track record and their best-rated work, each section naming the contracts it
 * draws on. Template-based until the text models of a later issue select and phrase the material.
 */
public final class PortfolioWriter {

    static final int TOP_SKILLS = 5;
    static final int HIGHLIGHT_MIN_RATING = 4;

    private final SkillTaxonomy taxonomy;

    public PortfolioWriter(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** Korean profiles get a Korean portfolio (mixed ones too: the marketplace reads Korean first). */
    public static Language languageFor(Optional<Freelancer> freelancer) {
        return freelancer.map(f -> f.textLanguage() == Language.EN ? Language.EN : Language.KO).orElse(Language.KO);
    }

    public List<PortfolioSection> write(Optional<Freelancer> freelancer, List<ContractCompleted> completed,
                                        Language language) {
        boolean ko = language != Language.EN;
        List<PortfolioSection> sections = new ArrayList<>();
        freelancer.ifPresent(f -> {
            String summary = f.bio().isBlank() ? f.headline() : f.headline() + "\n" + f.bio();
            sections.add(new PortfolioSection(ko ? "소개" : "Summary", summary, List.of()));
            if (!f.skills().isEmpty()) {
                sections.add(new PortfolioSection(ko ? "보유 기술" : "Skills", skills(f, ko), List.of()));
            }
        });
        if (!completed.isEmpty()) {
            sections.add(new PortfolioSection(ko ? "프로젝트 실적" : "Track record", trackRecord(completed, ko),
                    completed.stream().map(ContractCompleted::contractId).toList()));
            List<ContractCompleted> highlights = completed.stream()
                    .filter(c -> c.successful() && c.clientRating() >= HIGHLIGHT_MIN_RATING)
                    .sorted(Comparator.comparingInt(ContractCompleted::clientRating).reversed()
                            .thenComparing(ContractCompleted::completedAt, Comparator.reverseOrder()))
                    .toList();
            if (!highlights.isEmpty()) {
                String text = highlights.stream().map(c -> ko
                                ? "프로젝트 " + c.projectId() + ": " + outcome(c.outcome(), true) + ", 고객 평점 " + c.clientRating() + "/5"
                                : "Project " + c.projectId() + ": " + outcome(c.outcome(), false) + ", client rating " + c.clientRating() + "/5")
                        .collect(Collectors.joining("\n"));
                sections.add(new PortfolioSection(ko ? "주요 프로젝트" : "Highlights", text,
                        highlights.stream().map(ContractCompleted::contractId).toList()));
            }
        }
        return List.copyOf(sections);
    }

    private String skills(Freelancer f, boolean ko) {
        return f.skills().stream()
                .sorted(Comparator.comparingInt(SkillLevel::level).reversed()
                        .thenComparing(Comparator.comparingDouble(SkillLevel::years).reversed()))
                .limit(TOP_SKILLS)
                .map(s -> {
                    String name = taxonomy.byId(s.skillId()).map(k -> ko ? k.nameKo() : k.nameEn()).orElse(s.skillId());
                    String years = String.format(Locale.ROOT, "%.0f", s.years());
                    return ko ? name + " (레벨 " + s.level() + ", " + years + "년)"
                            : name + " (level " + s.level() + ", " + years + " years)";
                })
                .collect(Collectors.joining(", "));
    }

    private static String trackRecord(List<ContractCompleted> completed, boolean ko) {
        long successful = completed.stream().filter(ContractCompleted::successful).count();
        long onTime = completed.stream().filter(c -> c.outcome() == ContractOutcome.COMPLETED_ON_TIME).count();
        double rating = completed.stream().mapToInt(ContractCompleted::clientRating).average().orElse(0);
        String avg = String.format(Locale.ROOT, "%.1f", rating);
        return ko
                ? "완료 계약 " + completed.size() + "건 중 성공 " + successful + "건, 기한 내 완료 " + onTime + "건, 평균 고객 평점 " + avg + "/5"
                : completed.size() + " contracts completed, " + successful + " successful, " + onTime
                        + " on time, average client rating " + avg + "/5";
    }

    private static String outcome(ContractOutcome outcome, boolean ko) {
        return switch (outcome) {
            case COMPLETED_ON_TIME -> ko ? "기한 내 완료" : "completed on time";
            case COMPLETED_LATE -> ko ? "기한 후 완료" : "completed late";
            case CANCELLED -> ko ? "취소" : "cancelled";
            case DISPUTED -> ko ? "분쟁" : "disputed";
        };
    }
}
