package ai.talent.tutoring.portfolio;

import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.model.BudgetType;
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
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A Korean data engineer who also builds front ends, with five contracts: two near-identical data pipelines (the
 * best outcomes), an admin dashboard in React, a late Android fix and a cancelled report. Ids carry a suffix so
 * runs against one broker never meet.
 */
public record PortfolioSamples(Freelancer freelancer, List<Project> projects, List<ContractCompleted> completed) {

    public static final String PIPELINE = "p-pipeline";
    public static final String ETL = "p-etl";
    public static final String DASHBOARD = "p-dashboard";
    public static final String ANDROID = "p-android";
    public static final String REPORT = "p-report";

    public static PortfolioSamples of(String suffix) {
        return of(suffix, "실시간 데이터 파이프라인과 관리자 화면을 만드는 개발자",
                "Spark와 Airflow로 대용량 데이터를 다루고, React로 운영 도구를 만듭니다.");
    }

    public static PortfolioSamples of(String suffix, String headline, String bio) {
        String f = "f-" + suffix;
        Freelancer freelancer = new Freelancer(f, "김민지", headline, bio, Language.KO,
                List.of(new SkillLevel("python", 5, 6), new SkillLevel("react", 4, 4), new SkillLevel("spark", 4, 3),
                        new SkillLevel("airflow", 3, 2), new SkillLevel("kotlin", 2, 1)),
                Money.krw(60_000), Region.SEOUL, true, List.of("ko", "en"), 30, 4.6, 5, 5);
        List<Project> projects = List.of(
                project(PIPELINE, suffix, "실시간 주문 데이터 파이프라인 구축",
                        "Real-time order data pipeline: Kafka events aggregated with Spark streaming, batch jobs"
                                + " orchestrated in Airflow, data warehouse tables for analysts.",
                        "spark", "airflow", "python"),
                project(ETL, suffix, "배치 ETL 데이터 파이프라인 재구축",
                        "Rebuild the nightly batch ETL data pipeline in Spark and Airflow, data warehouse loads and"
                                + " data quality checks.",
                        "spark", "airflow", "python"),
                project(DASHBOARD, suffix, "쇼핑몰 관리자 대시보드 개발",
                        "Admin dashboard web front end for an online shop: React components, charts, order"
                                + " management screens in TypeScript.",
                        "react", "typescript"),
                project(ANDROID, suffix, "모바일 앱 로그인 개선",
                        "Fix the login flow of an Android mobile app in Kotlin.", "kotlin", "android"),
                project(REPORT, suffix, "매출 리포트 자동화",
                        "Automate the weekly sales report with Python and pandas.", "python", "pandas"));
        List<ContractCompleted> completed = List.of(
                done("c-pipeline", PIPELINE, suffix, f, ContractOutcome.COMPLETED_ON_TIME, 5, "2026-03-10",
                        "데이터 파이프라인 설계부터 운영까지 꼼꼼하게 챙겨 주셨습니다. 장애 대응이 빨랐고 문서화도 훌륭했습니다."
                                + " 다음 프로젝트도 꼭 함께하고 싶습니다."),
                done("c-etl", ETL, suffix, f, ContractOutcome.COMPLETED_ON_TIME, 5, "2026-05-02", null),
                done("c-dashboard", DASHBOARD, suffix, f, ContractOutcome.COMPLETED_ON_TIME, 4, "2026-04-15",
                        "Clear communication & <b>on schedule</b>. The dashboard is used every day."),
                done("c-android", ANDROID, suffix, f, ContractOutcome.COMPLETED_LATE, 3, "2026-02-01",
                        "Late, but it works."),
                done("c-report", REPORT, suffix, f, ContractOutcome.CANCELLED, 2, "2026-01-10", null));
        return new PortfolioSamples(freelancer, projects, completed);
    }

    /** The briefs by project id, as the global store holds them. */
    public Function<String, ProjectBrief> briefs() {
        Map<String, ProjectBrief> byId = projects.stream().map(ProjectBrief::of)
                .collect(Collectors.toMap(ProjectBrief::id, b -> b));
        return byId::get;
    }

    public static String id(String base, String suffix) {
        return base + "-" + suffix;
    }

    private static Project project(String id, String suffix, String title, String description, String... skills) {
        return new Project(id(id, suffix), "client-" + suffix, title, description, Language.MIXED,
                java.util.Arrays.stream(skills).map(s -> new SkillRequirement(s, 3)).toList(), List.of(),
                BudgetType.FIXED, Money.krw(5_000_000), 6, LocalDate.of(2026, 6, 30), Region.SEOUL, true,
                ProjectStatus.OPEN);
    }

    private static ContractCompleted done(String contract, String project, String suffix, String freelancer,
                                          ContractOutcome outcome, int rating, String day, String feedback) {
        Instant at = Instant.parse(day + "T09:00:00Z");
        return new ContractCompleted("evt-" + contract + "-" + suffix, at, id(contract, suffix), id(project, suffix),
                freelancer, "client-" + suffix, outcome, rating, at, feedback);
    }
}
