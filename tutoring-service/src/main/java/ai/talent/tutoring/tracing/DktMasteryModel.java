package ai.talent.tutoring.tracing;

import ai.talent.nn.kt.DktState;
import ai.talent.nn.kt.KnowledgeTracer;
import ai.talent.nn.kt.KtState;
import java.util.List;
import java.util.Optional;

/**
 * A trained DKT (shared-nn {@code Dkt}) online: an attempt runs one LSTM step per skill row from the stored hidden
 * and cell vectors, and mastery is the output layer's sigmoid over every skill. DKT sees skills, not exercises, so
 * an exercise's predicted success is the mean of its skills' mastery (one row each, as in training) moved by the
 * exercise's difficulty offset ({@link ExerciseOffsets}, fitted with the network). The tracer
 * is not thread-safe, so calls take turns (each is well under a millisecond).
 */
public final class DktMasteryModel implements MasteryModel, AutoCloseable {

    private final KnowledgeTracer tracer;
    private final SkillVocabulary skills;
    private final String version;
    private final ExerciseOffsets exercises;

    public DktMasteryModel(KnowledgeTracer tracer, SkillVocabulary skills, ExerciseOffsets exercises, String version) {
        if (tracer.network().skills() != skills.size()) {
            throw new IllegalArgumentException("the network traces " + tracer.network().skills()
                    + " skills but its skill list has " + skills.size());
        }
        this.tracer = tracer;
        this.skills = skills;
        this.version = version;
        this.exercises = exercises;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String kind() {
        return "dkt";
    }

    @Override
    public SkillVocabulary skills() {
        return skills;
    }

    public KnowledgeTracer tracer() {
        return tracer;
    }

    @Override
    public synchronized TraceState start() {
        return of((DktState) tracer.start());
    }

    @Override
    public synchronized TraceState observe(TraceState state, List<String> skillIds, boolean correct) {
        KtState next = tracer.observe(new DktState(state.rows(), state.h(), state.c()), 0, skills.ids(skillIds),
                correct);
        return of((DktState) next);
    }

    @Override
    public synchronized MasteryVector mastery(TraceState state) {
        return new MasteryVector(skills, tracer.mastery(new DktState(state.rows(), state.h(), state.c())));
    }

    @Override
    public double predict(MasteryVector mastery, String exerciseId, List<String> skillIds) {
        double sum = 0;
        for (String skill : skillIds) {
            sum += mastery.of(skill, 0.5);
        }
        return ExerciseOffsets.sigmoid(ExerciseOffsets.logit(sum / skillIds.size()) + exercises.offset(exerciseId));
    }

    @Override
    public Optional<List<String>> exerciseSkills(String exerciseId) {
        return exercises.skillsOf(exerciseId);
    }

    private TraceState of(DktState s) {
        return new TraceState(version, s.rows(), s.h(), s.c());
    }

    @Override
    public void close() {
        tracer.close();
    }
}
