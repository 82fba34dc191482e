package ai.talent.service.testing.fuzz;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.FeatureContribution;
import ai.talent.domain.event.FreelancerDeleted;
import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.event.LearningAttempted;
import ai.talent.domain.event.ProjectClosed;
import ai.talent.domain.event.ProjectCloseReason;
import ai.talent.domain.event.ProjectPosted;
import ai.talent.domain.event.ProjectUpdated;
import ai.talent.domain.event.SuccessPredicted;
import ai.talent.domain.event.Topics;
import ai.talent.domain.model.Attempt;
import ai.talent.domain.model.Contract;
import ai.talent.domain.model.ContractOutcome;
import ai.talent.domain.model.Money;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.model.SkillRequirement;
import ai.talent.service.testing.SampleEvents;
import java.time.Instant;
import java.util.List;

/**
 * One valid event of every type an input topic carries, about the given entities: what {@link EventFuzz} mutates.
 * A service's test names entities it can observe (a freelancer it will be asked about), so that a mutation the
 * service accepts has an effect that a REST read could show.
 */
public final class TopicSamples {

    private static final Instant T = Instant.parse("2026-11-01T09:30:00Z");

    private TopicSamples() {
    }

    /** Valid events of {@code topic} about freelancer {@code f}, project {@code p}, learner {@code l}. */
    public static List<DomainEvent> of(String topic, String f, String p, String l, List<String> skills) {
        List<SkillLevel> levels = skills.stream().map(s -> new SkillLevel(s, 3, 4.0)).toList();
        List<SkillRequirement> needs = skills.stream().map(s -> new SkillRequirement(s, 3)).toList();
        return switch (topic) {
            case Topics.FREELANCERS -> List.of(
                    SampleEvents.freelancerUpserted(SampleEvents.freelancer(f, "React 프런트엔드 개발자", 45_000,
                            levels)),
                    new FreelancerDeleted("e", T, f));
            case Topics.PROJECTS -> List.of(
                    SampleEvents.projectPosted(SampleEvents.project(p, 50_000, needs)),
                    new ProjectUpdated("e", T, SampleEvents.project(p, 60_000, needs)),
                    new ProjectClosed("e", T, p, ProjectCloseReason.CANCELLED));
            case Topics.CONTRACTS -> List.of(
                    new ContractAwarded("e", T, new Contract("k-" + p, p, f, "client-1", Money.krw(50_000), T)),
                    new ContractCompleted("e", T, "k-" + p, p, f, "client-1", ContractOutcome.COMPLETED_ON_TIME, 5,
                            T.plusSeconds(86_400 * 30)));
            case Topics.LEARNING_EVENTS -> List.of(
                    new LearningAttempted("e", T, new Attempt(l, "x-" + skills.getFirst(), skills, true, T, 30)),
                    new LearningAttempted("e", T, new Attempt(l, "x-" + skills.getLast(), skills.subList(0, 1),
                            false, T, 95)));
            case Topics.SUCCESS_PREDICTIONS -> List.of(
                    new SuccessPredicted("e", T, p, f, 0.81, 0.72, 0.88, 0.04, "success-2",
                            List.of(new FeatureContribution("skill_coverage", 0.12),
                                    new FeatureContribution("rate_fit", -0.03))));
            default -> throw new IllegalArgumentException("no samples for topic " + topic);
        };
    }
}
