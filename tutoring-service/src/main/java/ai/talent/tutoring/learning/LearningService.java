package ai.talent.tutoring.learning;

import ai.talent.domain.event.EventType;
import ai.talent.domain.event.LearningAttempted;
import ai.talent.domain.event.LearningPathUpdated;
import ai.talent.domain.event.NextStep;
import ai.talent.domain.event.SkillMastery;
import ai.talent.domain.model.Attempt;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.service.event.EventMessages;
import ai.talent.tutoring.config.TracingConfig;
import ai.talent.tutoring.config.TutoringConfig;
import ai.talent.tutoring.tracing.MasteryModel;
import ai.talent.tutoring.tracing.MasteryModels;
import ai.talent.tutoring.tracing.MasteryVector;
import ai.talent.tutoring.tracing.TraceState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Traces learners' skills with the served {@link MasteryModel} and plans their paths. A learner's state lives in
 * the keyed store {@value LearnerState#STORE}: each attempt advances the stored model state by one step (no replay
 * of the history); practice comes from the exercises every replica knows ({@link KnownExercises}).
 */
@ApplicationScoped
public class LearningService {

    private final ExerciseSource exercises;
    private final MasteryModel model;
    private final LearningPlanner planner;
    private final EventMessages messages;
    private final int historyLimit;

    @Inject
    public LearningService(KnownExercises exercises, MasteryModels models, TutoringConfig config, TracingConfig tracing,
                           EventMessages messages) {
        this(exercises, models.current(), new LearningPlanner(SkillTaxonomy.standard(), config.masteredAt(),
                config.strugglingBelow(), config.maxNextSteps(), config.exercisesPerStep()), messages,
                tracing.historyLimit());
    }

    /** For tools and tests that run without the service around. */
    public LearningService(ExerciseSource exercises, MasteryModel model, LearningPlanner planner,
                           EventMessages messages, int historyLimit) {
        this.exercises = exercises;
        this.model = model;
        this.planner = planner;
        this.messages = messages;
        this.historyLimit = historyLimit;
    }

    public ExerciseSource exercises() {
        return exercises;
    }

    public MasteryModel model() {
        return model;
    }

    /** A learner's state after one more attempt, and whether the path it leads to changed. */
    public LearnerState record(LearnerState state, LearningAttempted event) {
        LearnerState next = advance(state, event.attempt(), event.eventId());
        String signature = signature(path(next).nextSteps());
        return next.withPath(signature, !signature.equals(state.pathSignature()));
    }

    /** The state after one attempt, without planning (what the benchmark times as the per-event update). */
    public LearnerState advance(LearnerState state, Attempt a, String eventId) {
        TraceState trace = trace(state);
        trace = model.observe(trace, a.skillIds(), a.correct());
        MasteryVector mastery = model.mastery(trace);
        Map<String, SkillEstimate> skills = new LinkedHashMap<>();
        state.skills().forEach(s -> skills.put(s.skillId(), s));
        for (String skill : a.skillIds()) {
            SkillEstimate before = skills.getOrDefault(skill, new SkillEstimate(skill, 0, 0, 0));
            skills.put(skill, new SkillEstimate(skill, 0, before.attempts() + 1, before.correct() + (a.correct() ? 1 : 0)));
        }
        List<SkillEstimate> estimates = skills.values().stream()
                .map(s -> new SkillEstimate(s.skillId(), mastery.of(s.skillId(), 0), s.attempts(), s.correct()))
                .toList();
        Map<String, LearnerState.Answer> answers = new LinkedHashMap<>();
        state.latestAnswers().forEach(x -> answers.put(x.exerciseId(), x));
        answers.remove(a.exerciseId());
        answers.put(a.exerciseId(), new LearnerState.Answer(a.exerciseId(), a.skillIds(), a.correct()));
        return new LearnerState(a.learnerId(), trace, estimates, List.copyOf(answers.values()), state.attempts() + 1,
                appended(state.history(), state.attempts(), a), eventId, state.pathSignature(), false);
    }

    /**
     * The learner's model state made by the served version: the stored one, or (once, after a new version was
     * promoted) rebuilt from the kept history.
     */
    public TraceState trace(LearnerState state) {
        TraceState trace = state.trace();
        if (trace != null && model.version().equals(trace.model())) {
            return trace;
        }
        return replay(state.history());
    }

    /** A model state computed from scratch over a history (the full recomputation the incremental state equals). */
    public TraceState replay(String history) {
        TraceState trace = model.start();
        if (history.isEmpty()) {
            return trace;
        }
        for (String attempt : history.split(" ")) {
            boolean correct = attempt.endsWith("+");
            List<String> skills = Arrays.asList(attempt.substring(0, attempt.length() - 1).split(","));
            trace = model.observe(trace, skills, correct);
        }
        return trace;
    }

    /** Every skill's mastery for a learner (a learner never seen: the model's start). */
    public MasteryVector mastery(LearnerState state) {
        return model.mastery(trace(state));
    }

    /** The most recent attempts (skills and outcome) as "skill,skill+" / "skill-", at most the history limit. */
    private String appended(String history, int attempts, Attempt a) {
        String entry = String.join(",", a.skillIds()) + (a.correct() ? "+" : "-");
        if (history.isEmpty()) {
            return entry;
        }
        // the history holds min(attempts, limit) entries: at the limit the oldest one makes room
        String kept = attempts >= historyLimit ? history.substring(history.indexOf(' ') + 1) : history;
        return historyLimit == 1 ? entry : kept + " " + entry;
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
        return new LearningPath(state.learnerId(), model.version(), progress.totalAttempts(), progress.estimates(),
                planner.plan(progress, practice));
    }

    /** The event announcing a learner's path after the attempt that changed it; its id derives from that attempt. */
    public LearningPathUpdated pathUpdated(LearnerState state) {
        LearningPath path = path(state);
        List<SkillMastery> mastery = path.skills().stream()
                .map(s -> new SkillMastery(s.skillId(), s.mastery())).toList();
        return new LearningPathUpdated(messages.idFor(EventType.LEARNING_PATH_UPDATED, state.lastEventId()),
                Instant.now(), state.learnerId(), mastery, path.nextSteps());
    }

    /** The path a sequence of answers would lead to, without recording anything. */
    public LearningPath preview(List<PracticeAnswer> answers) {
        LearnerState state = LearnerState.empty("preview");
        ExerciseCatalog known = new ExerciseCatalog();
        for (PracticeAnswer a : answers) {
            state = advance(state, new Attempt("preview", a.exerciseId(), a.skillIds(), a.correct(), Instant.EPOCH, 0),
                    null);
            known.add(a.exerciseId(), a.skillIds());
        }
        LearnerProgress progress = state.progress();
        return new LearningPath(progress.learnerId(), model.version(), progress.totalAttempts(), progress.estimates(),
                planner.plan(progress, known));
    }

    private static String signature(List<NextStep> steps) {
        List<String> parts = new ArrayList<>();
        for (NextStep step : steps) {
            parts.add(step.skillId() + ":" + String.join(",", step.exerciseIds()));
        }
        return parts.stream().collect(Collectors.joining(";"));
    }
}
