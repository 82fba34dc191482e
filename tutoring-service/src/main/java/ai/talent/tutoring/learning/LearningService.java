package ai.talent.tutoring.learning;

import ai.talent.domain.event.EventType;
import ai.talent.domain.event.LearningAttempted;
import ai.talent.domain.event.LearningPathUpdated;
import ai.talent.domain.event.SkillMastery;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.service.event.EventMessages;
import ai.talent.tutoring.config.TutoringConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

/**
 * Traces learners' skills and plans their paths. A learner's state lives in the keyed store {@value
 * LearnerState#STORE} (updated by the topology, attempt by attempt); practice comes from the exercises every
 * replica knows ({@link KnownExercises}).
 */
@ApplicationScoped
public class LearningService {

    private final KnownExercises exercises;
    private final KnowledgeTracer tracer;
    private final LearningPlanner planner;
    private final EventMessages messages;

    public LearningService(KnownExercises exercises, TutoringConfig config, EventMessages messages) {
        this.exercises = exercises;
        this.messages = messages;
        this.tracer = new KnowledgeTracer(config.priorMastery(), config.learnRate(), config.slip(), config.guess());
        this.planner = new LearningPlanner(SkillTaxonomy.standard(), config.masteredAt(), config.strugglingBelow(),
                config.maxNextSteps(), config.exercisesPerStep());
    }

    /** A learner's state after one more attempt. */
    public LearnerState record(LearnerState state, LearningAttempted attempt) {
        return state.apply(attempt, tracer);
    }

    /**
     * The path a learner's state leads to, as the REST API shows it. Practice comes from the exercises any learner
     * met and, at once, from the learner's own (the shared list learns of a new exercise a moment later).
     */
    public LearningPath path(LearnerState state) {
        LearnerProgress progress = state.progress();
        Exercises practice = skill -> {
            TreeSet<String> both = new TreeSet<>(exercises.forSkill(skill));
            both.addAll(state.answeredFor(skill));
            return List.copyOf(both);
        };
        return new LearningPath(state.learnerId(), progress.totalAttempts(), progress.estimates(),
                planner.plan(progress, practice));
    }

    /** The event announcing a learner's path after the attempt that last changed it; its id derives from it. */
    public LearningPathUpdated pathUpdated(LearnerState state) {
        LearningPath path = path(state);
        List<SkillMastery> mastery = path.skills().stream()
                .map(s -> new SkillMastery(s.skillId(), s.mastery())).toList();
        return new LearningPathUpdated(messages.idFor(EventType.LEARNING_PATH_UPDATED, state.lastEventId()),
                Instant.now(), state.learnerId(), mastery, path.nextSteps());
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
}
