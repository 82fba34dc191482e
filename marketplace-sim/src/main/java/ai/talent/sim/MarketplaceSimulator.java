package ai.talent.sim;

import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.model.Exercise;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * Runs a whole simulated marketplace into a {@link SimSink} (JSON-lines files, see {@link SimFiles}) in one
 * streaming pass, measuring it on the way ({@link SimStats}): queries, then freelancers (each judged against the
 * queries as it passes), clients, exercises, the project timeline in event time ({@link MarketTimeline}), and
 * learners with their attempts. Memory stays flat in the number of entities: each is generated, written,
 * judged and dropped; only contracts in flight and earned track records are held.
 */
public final class MarketplaceSimulator {

    private final SimConfig config;
    private final Marketplace market;

    public MarketplaceSimulator(SimConfig config) {
        this.config = config;
        this.market = new Marketplace(config);
    }

    /** Total work units, for a progress display. */
    public long workUnits() {
        return (long) config.freelancers() + config.clients() + config.projects() + market.exercises().size()
                + config.learners() + 2L * config.queries();
    }

    public SimStats writeTo(Path dir, Progress progress) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create output folder " + dir + ": " + e.getMessage(), e);
        }
        return writeTo(file -> JsonlWriter.open(dir.resolve(file)), progress);
    }

    /**
     * Same pass, but each file of {@link SimFiles} goes to the writer {@code sinks} opens for its name (the
     * scale benchmark and memory test count characters instead of filling a disk).
     */
    SimStats writeTo(Function<String, Writer> sinks, Progress progress) {
        try (JsonlSink sink = new JsonlSink(sinks)) {
            return run(sink, progress);
        }
    }

    /** The whole marketplace into {@code sink}, line by line. */
    public SimStats run(SimSink sink, Progress progress) {
        SimStats stats = new SimStats();
        long seed = config.seed();

        progress.phase("queries");
        List<QueryGenerator.Generated> queries = new ArrayList<>(config.queries());
        for (int q = 0; q < config.queries(); q++) {
            QueryGenerator.Generated generated = market.query(q);
            queries.add(generated);
            sink.record(SimFiles.QUERIES, SimFiles.QUERY, generated.query(), new QueryTruth(generated.intent()));
            progress.step();
        }
        QueryJudge judge = new QueryJudge(seed, queries, config.mechanisms().searchProfile());

        progress.phase("freelancers");
        for (long i = 0; i < config.freelancers(); i++) {
            SimFreelancer f = market.freelancer(i);
            sink.event(SimFiles.FREELANCERS, new FreelancerUpserted(Seeds.eventId(seed, "freelancer-upserted", i),
                    MarketParameters.EPOCH, f.freelancer()), f.truth());
            stats.freelancer(f);
            judge.judge(f, (judgment, truth) -> {
                sink.record(SimFiles.QUERIES, SimFiles.JUDGMENT, judgment, truth);
                stats.count("judgments");
            });
            progress.step();
        }

        progress.phase("clients");
        for (long i = 0; i < config.clients(); i++) {
            SimClient c = market.client(i);
            sink.record(SimFiles.CLIENTS, SimFiles.CLIENT, c.client(), c.truth());
            stats.count("clients");
            progress.step();
        }

        progress.phase("exercises");
        for (Exercise x : market.exercises()) {
            sink.record(SimFiles.EXERCISES, SimFiles.EXERCISE, x, market.exerciseTruth(x.id()));
            stats.count("exercises");
            progress.step();
        }

        progress.phase("projects");
        MarketTimeline timeline = new MarketTimeline(market, (p, result) -> {
            stats.project(p, result);
            progress.step();
        });
        while (timeline.hasNext()) {
            Emitted line = timeline.next();
            line.to(sink);
            if (line.event() instanceof FreelancerUpserted) {
                stats.count("freelancer updates");
            }
            stats.inFlight(timeline.inFlight());
        }
        stats.tracked(timeline.freelancersWithRecords());

        progress.phase("learners");
        for (long i = 0; i < config.learners(); i++) {
            SimLearner l = market.learner(i);
            sink.record(SimFiles.LEARNERS, SimFiles.LEARNER, l.learner(), l.truth());
            stats.count("learners");
            for (Iterator<SimAttempt> it = market.attempts(l); it.hasNext(); ) {
                SimAttempt a = it.next();
                sink.event(SimFiles.ATTEMPTS, a.event(), a.truth());
                stats.attempt(a);
            }
            progress.step();
        }

        progress.phase("judging");
        for (int q = 0; q < queries.size(); q++) {
            stats.query(queries.get(q).query(), judge.oracleNdcgAt10(q), judge.judged(q));
            progress.step();
        }
        progress.finish();
        return stats;
    }
}
