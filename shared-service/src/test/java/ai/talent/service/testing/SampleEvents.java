package ai.talent.service.testing;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.event.LearningAttempted;
import ai.talent.domain.event.ProjectPosted;
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
import java.util.UUID;

/** Small, valid events for service tests; every call makes a fresh event id so tests never collide. */
public final class SampleEvents {

    private SampleEvents() {
    }

    public static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Freelancer freelancer(String id, String headline, long hourlyRate, List<SkillLevel> skills) {
        return new Freelancer(id, "Tester " + id, headline, headline + " with years of shipped work",
                Language.EN, skills, Money.krw(hourlyRate), Region.SEOUL, true, List.of("ko", "en"), 40,
                4.5, 12, 10);
    }

    public static FreelancerUpserted freelancerUpserted(Freelancer freelancer) {
        return new FreelancerUpserted(UUID.randomUUID().toString(), Instant.now(), freelancer);
    }

    public static Project project(String id, long hourlyBudget, List<SkillRequirement> required) {
        return new Project(id, "client-1", "Project " + id, "Build something useful", Language.EN, required,
                List.of(), BudgetType.HOURLY, Money.krw(hourlyBudget), 8, LocalDate.of(2027, 1, 31),
                Region.SEOUL, true, ProjectStatus.OPEN);
    }

    public static ProjectPosted projectPosted(Project project) {
        return new ProjectPosted(UUID.randomUUID().toString(), Instant.now(), project);
    }

    public static ContractAwarded contractAwarded(String projectId, String freelancerId, long agreedRate) {
        Contract contract = new Contract(newId("contract"), projectId, freelancerId, "client-1",
                Money.krw(agreedRate), Instant.now());
        return new ContractAwarded(UUID.randomUUID().toString(), Instant.now(), contract);
    }

    public static ContractCompleted contractCompleted(String contractId, String projectId, String freelancerId,
                                                      ContractOutcome outcome, int rating) {
        return new ContractCompleted(UUID.randomUUID().toString(), Instant.now(), contractId, projectId,
                freelancerId, "client-1", outcome, rating, Instant.now());
    }

    public static LearningAttempted attempt(String learnerId, String exerciseId, List<String> skillIds,
                                            boolean correct) {
        return new LearningAttempted(UUID.randomUUID().toString(), Instant.now(),
                new Attempt(learnerId, exerciseId, skillIds, correct, Instant.now(), 30));
    }
}
