package ai.talent.tutoring.learning;

import ai.talent.domain.event.LearningPathUpdated;
import ai.talent.domain.event.SkillMastery;
import ai.talent.domain.model.Attempt;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.tutoring.config.TutoringConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Traces every learner's skills from their attempts and keeps their learning path current. */
@ApplicationScoped
public class LearningService {

    private final Map<String, LearnerProgress> learners = new ConcurrentHashMap<>();
    private final ExerciseCatalog catalog = new ExerciseCatalog();
    private final KnowledgeTracer tracer;
    private final LearningPlanner planner;

    public LearningService(TutoringConfig config) {
        this.tracer = new KnowledgeTracer(config.priorMastery(), config.learnRate(), config.slip(), config.guess());
        this.planner = new LearningPlanner(SkillTaxonomy.standard(), config.masteredAt(), config.strugglingBelow(),
                config.maxNextSteps(), config.exercisesPerStep());
    }

    /** Applies an attempt and returns the learner's updated path as the event {@code eventId}. */
    public LearningPathUpdated record(Attempt attempt, String eventId) {
        catalog.add(attempt.exerciseId(), attempt.skillIds());
        LearnerProgress progress = learners.computeIfAbsent(attempt.learnerId(), LearnerProgress::new);
        LearningPath path;
        synchronized (progress) {
            progress.record(attempt.exerciseId(), attempt.skillIds(), attempt.correct(), tracer);
            path = pathOf(progress);
        }
        List<SkillMastery> mastery = path.skills().stream()
                .map(s -> new SkillMastery(s.skillId(), s.mastery())).toList();
        return new LearningPathUpdated(eventId, Instant.now(), attempt.learnerId(), mastery,
                path.nextSteps());
    }

    public Optional<LearningPath> path(String learnerId) {
        return Optional.ofNullable(learners.get(learnerId)).map(progress -> {
            synchronized (progress) {
                return pathOf(progress);
            }
        });
    }

    /** The path a sequence of answers would lead to, without recording anything. */
    public LearningPath preview(List<PracticeAnswer> answers) {
        LearnerProgress progress = new LearnerProgress("preview");
        for (PracticeAnswer a : answers) {
            progress.record(a.exerciseId(), a.skillIds(), a.correct(), tracer);
        }
        ExerciseCatalog known = new ExerciseCatalog();
        answers.forEach(a -> known.add(a.exerciseId(), a.skillIds()));
        return new LearningPath(progress.learnerId(), progress.totalAttempts(), progress.estimates(),
                planner.plan(progress, known));
    }

    private LearningPath pathOf(LearnerProgress progress) {
        return new LearningPath(progress.learnerId(), progress.totalAttempts(), progress.estimates(),
                planner.plan(progress, catalog));
    }
}
