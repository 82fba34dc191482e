package ai.talent.tutoring.tracing;

import ai.talent.tutoring.learning.KnowledgeTracer;
import java.util.Arrays;
import java.util.List;

/**
 * The fallback when no trained model is published: Bayesian Knowledge Tracing with hand-set parameters (the
 * service's former tracer), each skill's mastery kept in {@link TraceState#h()}. Answers as {@value #VERSION}, so
 * every reply says that no trained model answered.
 */
public final class BktMasteryModel implements MasteryModel {

    public static final String VERSION = "bkt-fallback";

    private final KnowledgeTracer tracer;
    private final SkillVocabulary skills;
    private final double slip;
    private final double guess;

    public BktMasteryModel(KnowledgeTracer tracer, SkillVocabulary skills, double slip, double guess) {
        this.tracer = tracer;
        this.skills = skills;
        this.slip = slip;
        this.guess = guess;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public String kind() {
        return "bkt";
    }

    @Override
    public SkillVocabulary skills() {
        return skills;
    }

    @Override
    public TraceState start() {
        float[] mastery = new float[skills.size()];
        Arrays.fill(mastery, (float) tracer.prior());
        return new TraceState(VERSION, 0, mastery, new float[0]);
    }

    @Override
    public TraceState observe(TraceState state, List<String> skillIds, boolean correct) {
        float[] mastery = state.h().clone();
        for (String skill : skillIds) {
            int id = skills.id(skill);
            if (id > 0) {
                mastery[id - 1] = (float) tracer.update(mastery[id - 1], correct);
            }
        }
        return new TraceState(VERSION, state.rows() + skillIds.size(), mastery, state.c());
    }

    @Override
    public MasteryVector mastery(TraceState state) {
        return new MasteryVector(skills, state.h());
    }

    @Override
    public double predict(MasteryVector mastery, String exerciseId, List<String> skillIds) {
        double sum = 0;
        for (String skill : skillIds) {
            double m = mastery.of(skill, tracer.prior());
            sum += m * (1 - slip) + (1 - m) * guess;
        }
        return sum / skillIds.size();
    }
}
