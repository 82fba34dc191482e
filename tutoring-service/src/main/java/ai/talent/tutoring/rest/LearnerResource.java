package ai.talent.tutoring.rest;

import ai.talent.domain.skill.Skill;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.service.state.keyed.KeyedStateReads;
import ai.talent.tutoring.config.TracingConfig;
import ai.talent.tutoring.config.TutoringConfig;
import ai.talent.tutoring.demand.Demand;
import ai.talent.tutoring.demand.DemandCatalog;
import ai.talent.tutoring.learning.ExerciseRecommender;
import ai.talent.tutoring.learning.GoalPlanner;
import ai.talent.tutoring.learning.LearnerState;
import ai.talent.tutoring.learning.LearningPlan;
import ai.talent.tutoring.learning.LearningService;
import ai.talent.tutoring.learning.SkillEstimate;
import ai.talent.tutoring.tracing.MasteryVector;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * A learner's knowledge as the served model traces it: mastery per skill, next exercises in a band of predicted
 * success, and the way to a goal. Keyed state, answered by the replica that owns the learner; a learner with no
 * attempts gets the model's empty state, not an error.
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public class LearnerResource {

    private static final int MAX_ID_LENGTH = 128;

    /** Mastery per practised skill, the model version that estimated it, and the attempts behind it. */
    public record MasteryAnswer(String learnerId, String model, String modelKind, int attempts,
                                List<SkillEstimate> skills) {
    }

    /** Exercises to practise next, each with its predicted success, and the band they were chosen in. */
    public record NextExercisesAnswer(String learnerId, String model, double bandLow, double bandHigh,
                                      List<ExerciseRecommender.Recommended> exercises) {
    }

    private final LearningService learning;
    private final KeyedStateReads keyed;
    private final DemandCatalog demand;
    private final TracingConfig tracing;
    private final GoalPlanner planner;
    private final SkillTaxonomy taxonomy = SkillTaxonomy.standard();

    public LearnerResource(LearningService learning, KeyedStateReads keyed, DemandCatalog demand,
                           TracingConfig tracing, TutoringConfig tutoring) {
        this.learning = learning;
        this.keyed = keyed;
        this.demand = demand;
        this.tracing = tracing;
        this.planner = new GoalPlanner(taxonomy, tutoring.masteredAt(), tutoring.exercisesPerStep());
    }

    @GET
    @Path("/learners/{learnerId}/mastery")
    @Operation(summary = "A learner's mastery per practised skill, from the served knowledge-tracing model")
    public MasteryAnswer mastery(@PathParam("learnerId") String learnerId) {
        checkId(learnerId);
        return keyed.answer(LearnerState.STORE, learnerId, MasteryAnswer.class, () -> {
            LearnerState state = state(learnerId);
            return new MasteryAnswer(learnerId, learning.model().version(), learning.model().kind(), state.attempts(),
                    state.skills());
        });
    }

    @GET
    @Path("/learners/{learnerId}/next-exercises")
    @Operation(summary = "Exercises whose predicted success lies in a target band, varied across skills")
    public NextExercisesAnswer nextExercises(@PathParam("learnerId") String learnerId,
            @Parameter(description = "lowest predicted success, 0–1 (default 0.6)") @QueryParam("min") String min,
            @Parameter(description = "highest predicted success, 0–1 (default 0.8)") @QueryParam("max") String max,
            @Parameter(description = "how many, 1–50 (default 10)") @QueryParam("limit") String limit) {
        checkId(learnerId);
        double low = probability("min", min, tracing.bandLow());
        double high = probability("max", max, tracing.bandHigh());
        if (!(low < high)) {
            throw new BadRequestException("min (" + low + ") must be below max (" + high + ")");
        }
        int count = count(limit);
        return keyed.answer(LearnerState.STORE, learnerId, NextExercisesAnswer.class, () ->
                nextExercises(learning, state(learnerId), low, high, count));
    }

    /** The recommendation itself (the benchmark times it without HTTP). */
    public static NextExercisesAnswer nextExercises(LearningService learning, LearnerState state, double low,
            double high, int count) {
        MasteryVector mastery = learning.mastery(state);
        Set<String> solved = state.latestAnswers().stream().filter(LearnerState.Answer::correct)
                .map(LearnerState.Answer::exerciseId).collect(Collectors.toSet());
        return new NextExercisesAnswer(state.learnerId(), learning.model().version(), low, high,
                ExerciseRecommender.recommend(learning.model(), mastery, learning.exercises().all(), solved, low, high,
                        count));
    }

    @GET
    @Path("/learners/{learnerId}/learning-path")
    @Operation(summary = "The skills to learn on the way to a goal (a skill, or a role named in project titles), "
            + "prerequisites first, mastered ones skipped, weighted by demand on the projects topic")
    public LearningPlan learningPath(@PathParam("learnerId") String learnerId,
            @Parameter(description = "a skill (id or name, English or Korean) or a role (as project titles name it)")
            @QueryParam("goal") String goal) {
        checkId(learnerId);
        if (goal == null || goal.isBlank()) {
            throw new BadRequestException("goal is required: a skill (e.g. react, 리액트) or a role "
                    + "(e.g. backend developer)");
        }
        if (goal.length() > tracing.maxGoalLength()) {
            throw new BadRequestException("goal is " + goal.length() + " characters long; at most "
                    + tracing.maxGoalLength());
        }
        Demand seen = demand.current();
        Optional<Skill> skill = taxonomy.find(goal);
        List<String> goalSkills;
        String kind;
        if (skill.isPresent()) {
            goalSkills = List.of(skill.get().id());
            kind = "skill";
        } else {
            goalSkills = seen.roleSkills(goal, tracing.roleSkills(), tracing.roleSkillShare()).orElseThrow(() ->
                    new BadRequestException("goal '" + goal + "' names no skill of the taxonomy and no role in the "
                            + "titles of the " + seen.projects() + " projects seen")).stream()
                    .filter(s -> taxonomy.byId(s).isPresent()).toList();
            kind = "role";
        }
        String normalised = goal.strip().toLowerCase(Locale.ROOT);
        return keyed.answer(LearnerState.STORE, learnerId, LearningPlan.class, () -> {
            LearnerState state = state(learnerId);
            return planner.plan(learnerId, normalised, kind, goalSkills, learning.model(), learning.mastery(state),
                    seen, learning.exercises(), tracing.bandLow(), tracing.bandHigh());
        });
    }

    private LearnerState state(String learnerId) {
        return keyed.<LearnerState>local(LearnerState.STORE, learnerId).orElse(LearnerState.empty(learnerId));
    }

    private static void checkId(String learnerId) {
        if (learnerId.length() > MAX_ID_LENGTH) {
            throw new BadRequestException("learnerId is " + learnerId.length() + " characters long; at most "
                    + MAX_ID_LENGTH);
        }
    }

    private static double probability(String name, String value, double fallback) {
        if (value == null) {
            return fallback;
        }
        double p;
        try {
            p = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + " must be a number 0–1, was '" + value + "'");
        }
        if (!(p >= 0 && p <= 1)) {
            throw new BadRequestException(name + " must be a probability 0–1, was " + value);
        }
        return p;
    }

    private int count(String value) {
        if (value == null) {
            return tracing.nextExercises();
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= tracing.maxNextExercises()) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadRequestException("limit must be a whole number 1–" + tracing.maxNextExercises() + ", was '"
                + value + "'");
    }
}
