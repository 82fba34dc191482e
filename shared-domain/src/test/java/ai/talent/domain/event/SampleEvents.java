package ai.talent.domain.event;

import ai.talent.domain.model.Attempt;
import ai.talent.domain.model.BudgetType;
import ai.talent.domain.model.Contract;
import ai.talent.domain.model.ContractOutcome;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Language;
import ai.talent.domain.model.Money;
import ai.talent.domain.model.Project;
import ai.talent.domain.model.ProjectStatus;
import ai.talent.domain.model.Region;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.model.SkillRequirement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One valid event of every type, for codec tests. */
final class SampleEvents {

    static final Instant T = Instant.parse("2026-03-01T09:30:00.123Z");

    static Freelancer freelancer() {
        return new Freelancer("f-1", "김민수", "React 프런트엔드 개발자", "5년차 React/TypeScript 개발자입니다.",
                Language.MIXED,
                List.of(new SkillLevel("react", 4, 5.0), new SkillLevel("typescript", 3, 3.5)),
                Money.krw(45_000), Region.SEOUL, true, List.of("ko", "en"), 30, 4.7, 12, 9);
    }

    static Project project() {
        return new Project("p-1", "c-1", "핀테크 앱 프런트엔드 개발", "React로 송금 화면을 개발합니다.", Language.KO,
                List.of(new SkillRequirement("react", 3)), List.of(new SkillRequirement("typescript", 2)),
                BudgetType.FIXED, Money.krw(8_000_000), 6, LocalDate.of(2026, 4, 15), Region.SEOUL, false,
                ProjectStatus.OPEN);
    }

    static Map<EventType, DomainEvent> all() {
        return Map.ofEntries(
                Map.entry(EventType.FREELANCER_UPSERTED, new FreelancerUpserted("e-1", T, freelancer())),
                Map.entry(EventType.FREELANCER_DELETED, new FreelancerDeleted("e-2", T, "f-1")),
                Map.entry(EventType.PROJECT_POSTED, new ProjectPosted("e-3", T, project())),
                Map.entry(EventType.PROJECT_UPDATED, new ProjectUpdated("e-4", T, project())),
                Map.entry(EventType.PROJECT_CLOSED, new ProjectClosed("e-5", T, "p-1", ProjectCloseReason.AWARDED)),
                Map.entry(EventType.CONTRACT_AWARDED, new ContractAwarded("e-6", T,
                        new Contract("k-1", "p-1", "f-1", "c-1", Money.krw(8_000_000), T))),
                Map.entry(EventType.CONTRACT_COMPLETED, new ContractCompleted("e-7", T, "k-1", "p-1", "f-1", "c-1",
                        ContractOutcome.COMPLETED_LATE, 4, T.plusSeconds(86_400 * 40))),
                Map.entry(EventType.LEARNING_ATTEMPTED, new LearningAttempted("e-8", T,
                        new Attempt("l-1", "x-1", List.of("sql", "python"), true, T, 95))),
                Map.entry(EventType.MATCH_RECOMMENDED, new MatchRecommended("e-9", T, "p-1", "ranker-3",
                        List.of(new RankedFreelancer("f-1", 0.93, 1, List.of("React 4/5")),
                                new RankedFreelancer("f-2", -0.2, 2, List.of())))),
                Map.entry(EventType.SUCCESS_PREDICTED, new SuccessPredicted("e-10", T, "p-1", "f-1", 0.81, 0.72,
                        0.88, 0.04, "success-2", List.of(new FeatureContribution("skill_coverage", 0.12),
                                new FeatureContribution("rate_fit", -0.03)))),
                Map.entry(EventType.PORTFOLIO_GENERATED, new PortfolioGenerated("e-11", T, "f-1", Language.EN,
                        List.of(new PortfolioSection("Fintech front end", "Built a transfer screen.",
                                List.of("k-1"))))),
                Map.entry(EventType.LEARNING_PATH_UPDATED, new LearningPathUpdated("e-12", T, "l-1",
                        List.of(new SkillMastery("sql", 0.62), new SkillMastery("python", 0.3)),
                        List.of(new NextStep("python", List.of("x-7", "x-9"), "prerequisite of pandas")))));
    }

    private SampleEvents() {
    }
}
