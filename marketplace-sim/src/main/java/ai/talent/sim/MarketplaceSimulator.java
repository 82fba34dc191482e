package ai.talent.sim;

import ai.talent.domain.event.EventCodec;
import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.event.ProjectPosted;
import ai.talent.domain.model.Exercise;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a whole simulated marketplace as JSON lines (see {@link SimFiles}) in one streaming pass per entity
 * kind, measuring it on the way ({@link SimStats}). Memory stays flat in the number of freelancers: each is
 * generated, written, judged against the queries, and dropped.
 */
public final class MarketplaceSimulator {

    private final SimConfig config;
    private final Marketplace market;
    private final EventCodec codec = new EventCodec();

    public MarketplaceSimulator(SimConfig config) {
        this.config = config;
        this.market = new Marketplace(config);
    }

    /** Total work units, for a progress display. */
    public long workUnits() {
        return (long) config.freelancers() + config.clients() + config.projects() + config.exercises()
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
        SimStats stats = new SimStats();

        progress.phase("queries");
        List<SimQuery> queries = new ArrayList<>(config.queries());
        for (int q = 0; q < config.queries(); q++) {
            queries.add(market.query(q));
            progress.step();
        }
        QueryJudge judge = new QueryJudge(config.seed(), queries);

        progress.phase("freelancers");
        try (JsonlWriter out = writer(sinks, SimFiles.FREELANCERS)) {
            for (long i = 0; i < config.freelancers(); i++) {
                SimFreelancer f = market.freelancer(i);
                out.event(new FreelancerUpserted(Seeds.eventId(config.seed(), "freelancer-upserted", i),
                        MarketParameters.EPOCH, f.freelancer()), f.truth());
                stats.freelancer(f);
                judge.judge(f);
                progress.step();
            }
        }

        progress.phase("clients");
        try (JsonlWriter out = writer(sinks, SimFiles.CLIENTS)) {
            for (long i = 0; i < config.clients(); i++) {
                SimClient c = market.client(i);
                out.record("client", c.client(), new ClientTruth(c.quality()));
                stats.count("clients");
                progress.step();
            }
        }

        progress.phase("projects");
        try (JsonlWriter projects = writer(sinks, SimFiles.PROJECTS);
             JsonlWriter contracts = writer(sinks, SimFiles.CONTRACTS)) {
            for (long i = 0; i < config.projects(); i++) {
                SimProject p = market.project(i);
                HiringResult result = market.hiring(p);
                projects.event(new ProjectPosted(Seeds.eventId(config.seed(), "project-posted", i), p.postedAt(),
                        p.project()), new ProjectRecordTruth(p.truth(), result.applicants()));
                projects.event(result.closed(), null);
                if (result.hired()) {
                    contracts.event(result.awarded(), result.truth());
                    contracts.event(result.completed(), result.truth());
                }
                stats.project(p, result);
                progress.step();
            }
        }

        progress.phase("exercises");
        try (JsonlWriter out = writer(sinks, SimFiles.EXERCISES)) {
            for (Exercise x : market.exercises()) {
                out.record("exercise", x, null);
                stats.count("exercises");
                progress.step();
            }
        }

        progress.phase("learners");
        try (JsonlWriter learners = writer(sinks, SimFiles.LEARNERS);
             JsonlWriter attempts = writer(sinks, SimFiles.ATTEMPTS)) {
            for (long i = 0; i < config.learners(); i++) {
                SimLearner l = market.learner(i);
                learners.record("learner", l.learner(), l.truth());
                stats.count("learners");
                market.attempts(l, a -> {
                    attempts.event(a.event(), a.truth());
                    stats.attempt(a);
                });
                progress.step();
            }
        }

        progress.phase("judging");
        try (JsonlWriter out = writer(sinks, SimFiles.QUERIES)) {
            for (int q = 0; q < queries.size(); q++) {
                QueryTruth truth = judge.truth(q);
                out.record("query", queries.get(q), truth);
                stats.query(queries.get(q), truth);
                progress.step();
            }
        }
        progress.finish();
        return stats;
    }

    private JsonlWriter writer(Function<String, Writer> sinks, String file) {
        return new JsonlWriter(sinks.apply(file), file, codec);
    }
}
