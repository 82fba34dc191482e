package ai.talent.tutoring.bench;

import ai.talent.domain.model.Attempt;
import ai.talent.domain.model.Exercise;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.nn.kt.DktState;
import ai.talent.nn.kt.KnowledgeTracer;
import ai.talent.nn.kt.KtState;
import ai.talent.nn.registry.ModelRegistry;
import ai.talent.sim.Marketplace;
import ai.talent.sim.SimConfig;
import ai.talent.tutoring.learning.ExerciseCatalog;
import ai.talent.tutoring.learning.LearnerState;
import ai.talent.tutoring.learning.LearningPlanner;
import ai.talent.tutoring.learning.LearningService;
import ai.talent.tutoring.rest.LearnerResource;
import ai.talent.tutoring.tracing.DktMasteryModel;
import ai.talent.tutoring.tracing.KtModels;
import ai.talent.tutoring.tracing.KtTraining;
import ai.talent.tutoring.tracing.SimulatedLearners;
import ai.talent.tutoring.tracing.SkillVocabulary;
import ai.talent.tutoring.tracing.TraceState;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./talent bench tutoring}: the per-event mastery update (the learner store's fold: one model step, the
 * mastery vector, the learner's estimates and the path it leads to) and next exercises for a learner with 1,000
 * attempts (the simulator's whole exercise catalogue scanned), each beside the bare DKT forward it wraps, timed in
 * the same run: one LSTM step from a stored state, and one mastery (output layer) pass. The model has the service's
 * default shape, briefly trained (its speed does not depend on its quality), unless {@code --registry} names a
 * trained one. Then the portfolio side ({@link PortfolioBench}) adds its figures to the same JSON line.
 */
public final class TutoringBench {

    static final String USAGE = """
            Usage: ./talent bench tutoring [--iterations N] [--registry DIR] [--portfolio-iterations N]
                                           [--contracts N] [--no-portfolio] [--quick]
              per-event mastery update p99 (goal <= 2 ms) and next-exercises p99 for a learner with 1,000 attempts
              (goal <= 20 ms), each beside the bare DKT forward in the same run (ratio); then portfolio generation
              (PortfolioBench: Korean and English, JSON and HTML, warm and cold encoder cache, for a freelancer with
              --contracts completed contracts, default 40) beside one MiniLM forward; ends with one JSON line
              (also target/reports/bench-tutoring.json).
            """;

    /** Calls before timing starts: the JIT compiles the paths first (a few hundred calls were not enough). */
    private static final int WARMUP = 1_000;

    public static void main(String[] args) throws Exception {
        int iterations = 2_000;
        int portfolioIterations = 400;
        int contracts = 40;
        boolean portfolio = true;
        Path registry = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-h", "--help" -> {
                    System.out.print(USAGE);
                    return;
                }
                case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                case "--registry" -> registry = Path.of(args[++i]);
                case "--quick" -> {
                    iterations = 500;
                    portfolioIterations = 100;
                }
                case "--portfolio-iterations" -> portfolioIterations = Integer.parseInt(args[++i]);
                case "--contracts" -> contracts = Integer.parseInt(args[++i]);
                case "--no-portfolio" -> portfolio = false;
                default -> {
                    System.err.println("bench tutoring: unknown option '" + args[i] + "'");
                    System.err.print(USAGE);
                    System.exit(2);
                }
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        run(iterations, registry, figures);
        if (portfolio) {
            PortfolioBench.run(portfolioIterations, contracts, figures);
        }
        String json = new ObjectMapper().writeValueAsString(figures);
        Path reports = Path.of("target/reports");
        Files.createDirectories(reports);
        Files.writeString(reports.resolve("bench-tutoring.json"), json + "\n");
        System.out.println(json);
        System.exit(0);
    }

    static void run(int iterations, Path registry, Map<String, Object> figures) throws Exception {
        SkillVocabulary skills = SkillVocabulary.of(SkillTaxonomy.standard());
        if (registry == null) {
            registry = Files.createTempDirectory("tutoring-bench-");
            KtTraining.Result trained = KtTraining.train(new ModelRegistry(registry), KtModels.NAME, skills,
                    KtTraining.Settings.defaults().withLearners(300).withEpochs(2).withSeed(5));
            System.out.printf(Locale.ROOT, "DKT (service default shape) trained briefly in %.0f s%n", trained.seconds());
        }
        Marketplace market = new Marketplace(SimConfig.of(1, 1, 1, 42));
        ExerciseCatalog catalog = new ExerciseCatalog();
        for (Exercise e : market.exercises()) {
            catalog.add(e.id(), e.skillIds());
        }
        List<Attempt> attempts = new ArrayList<>();
        for (SimulatedLearners.Learner l : SimulatedLearners.generate(40, 60, 900_000)) {
            l.attempts().forEach(a -> attempts.add(new Attempt("l-bench", a.attempt().exerciseId(),
                    a.attempt().skillIds(), a.attempt().correct(), Instant.EPOCH, 30)));
        }
        try (DktMasteryModel model = KtModels.load(new ModelRegistry(registry).loadCurrent(KtModels.NAME, null))) {
            LearningService learning = new LearningService(catalog, model,
                    new LearningPlanner(SkillTaxonomy.standard(), 0.8, 0.5, 3, 3), null, 1000);
            System.out.printf(Locale.ROOT, "model %s; %d exercises in the catalogue; %d attempts to replay%n",
                    model.version(), catalog.all().size(), attempts.size());
            // a learner with 1,000 attempts, built one attempt at a time
            LearnerState learner = LearnerState.empty("l-bench");
            for (int i = 0; i < 1_000; i++) {
                learner = learning.record(learner, event(attempts.get(i % attempts.size()), i));
            }
            double sink = 0;
            // per-event update: the learner store's fold, from the 1,000-attempt state onwards
            double[] update = new double[iterations];
            LearnerState s = learner;
            for (int i = 0; i < iterations + WARMUP; i++) {
                long t0 = System.nanoTime();
                s = learning.record(s, event(attempts.get(i % attempts.size()), 1_000 + i));
                if (i >= WARMUP) {
                    update[i - WARMUP] = (System.nanoTime() - t0) / 1e6;
                }
            }
            sink += s.attempts();
            // its parts: the state advanced (model step, mastery, estimates, answers, history) without planning
            double[] advance = new double[iterations];
            s = learner;
            for (int i = 0; i < iterations + WARMUP; i++) {
                long t0 = System.nanoTime();
                s = learning.advance(s, attempts.get(i % attempts.size()), "bench-a-" + i);
                if (i >= WARMUP) {
                    advance[i - WARMUP] = (System.nanoTime() - t0) / 1e6;
                }
            }
            sink += s.attempts();
            // bare forward: one LSTM step per skill row from a stored state, and one mastery pass
            KnowledgeTracer tracer = model.tracer();
            TraceState t = learner.trace();
            KtState stored = new DktState(t.rows(), t.h(), t.c());
            double[] bareStep = new double[iterations];
            double[] bareMastery = new double[iterations];
            for (int i = 0; i < iterations + WARMUP; i++) {
                Attempt a = attempts.get(i % attempts.size());
                long t0 = System.nanoTime();
                KtState next = tracer.observe(stored, 0, skills.ids(a.skillIds()), a.correct());
                long t1 = System.nanoTime();
                sink += tracer.mastery(next)[0];
                long t2 = System.nanoTime();
                if (i >= WARMUP) {
                    bareStep[i - WARMUP] = (t1 - t0) / 1e6;
                    bareMastery[i - WARMUP] = (t2 - t1) / 1e6;
                }
            }
            // next exercises for the learner with 1,000 attempts
            double[] next = new double[iterations];
            for (int i = 0; i < iterations + WARMUP; i++) {
                long t0 = System.nanoTime();
                sink += LearnerResource.nextExercises(learning, learner, 0.6, 0.8, 10).exercises().size();
                if (i >= WARMUP) {
                    next[i - WARMUP] = (System.nanoTime() - t0) / 1e6;
                }
            }
            double bareForward = percentile(sum(bareStep, bareMastery), 0.99);
            double updateP99 = percentile(update, 0.99);
            double nextP99 = percentile(next, 0.99);
            double bareMasteryP99 = percentile(bareMastery, 0.99);
            System.out.printf(Locale.ROOT, "per-event mastery update: p50 %.3f ms, p99 %.3f ms | bare DKT step + "
                    + "mastery pass: p50 %.3f ms, p99 %.3f ms | ratio p99 %.2f× (goal p99 <= 2 ms)%n",
                    percentile(update, 0.5), updateP99, percentile(sum(bareStep, bareMastery), 0.5), bareForward,
                    updateP99 / bareForward);
            System.out.printf(Locale.ROOT, "  of which the state advanced without planning the path: p50 %.3f ms, p99 "
                    + "%.3f ms%n", percentile(advance, 0.5), percentile(advance, 0.99));
            System.out.printf(Locale.ROOT, "next exercises, learner with 1,000 attempts, %d exercises scanned: p50 "
                    + "%.3f ms, p99 %.3f ms | bare mastery pass: p99 %.3f ms | ratio p99 %.1f× (goal p99 <= 20 ms)%n",
                    catalog.all().size(), percentile(next, 0.5), nextP99, bareMasteryP99, nextP99 / bareMasteryP99);
            figures.put("tutoring.update.p50_ms", round(percentile(update, 0.5)));
            figures.put("tutoring.update.p99_ms", round(updateP99));
            figures.put("tutoring.update.advance_only.p99_ms", round(percentile(advance, 0.99)));
            figures.put("dkt.forward.p99_ms", round(bareForward));
            figures.put("tutoring.update.p99_ratio_to_dkt", round(updateP99 / bareForward));
            figures.put("tutoring.next_exercises.p50_ms", round(percentile(next, 0.5)));
            figures.put("tutoring.next_exercises.p99_ms", round(nextP99));
            figures.put("dkt.mastery.p99_ms", round(bareMasteryP99));
            figures.put("tutoring.next_exercises.p99_ratio_to_dkt", round(nextP99 / bareMasteryP99));
            figures.put("tutoring.goal.update_p99_ms", 2);
            figures.put("tutoring.goal.next_exercises_p99_ms", 20);
            if (sink == Double.MIN_VALUE) {
                System.out.println();
            }
        }
    }

    private static ai.talent.domain.event.LearningAttempted event(Attempt a, int i) {
        return new ai.talent.domain.event.LearningAttempted("bench-" + i, Instant.EPOCH, a);
    }

    private static double[] sum(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + b[i];
        }
        return out;
    }

    private static double percentile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
