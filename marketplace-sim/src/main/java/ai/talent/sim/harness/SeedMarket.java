package ai.talent.sim.harness;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.event.LearningAttempted;
import ai.talent.domain.event.ProjectClosed;
import ai.talent.domain.event.ProjectPosted;
import ai.talent.domain.model.Client;
import ai.talent.domain.model.Exercise;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Learner;
import ai.talent.domain.model.Project;
import ai.talent.sim.AttemptTruth;
import ai.talent.sim.ClientTruth;
import ai.talent.sim.ContractTruth;
import ai.talent.sim.ExerciseTruth;
import ai.talent.sim.FreelancerTruth;
import ai.talent.sim.Judgment;
import ai.talent.sim.JudgmentTruth;
import ai.talent.sim.LearnerTruth;
import ai.talent.sim.MarketplaceSimulator;
import ai.talent.sim.Progress;
import ai.talent.sim.ProjectRecordTruth;
import ai.talent.sim.QueryTruth;
import ai.talent.sim.SimConfig;
import ai.talent.sim.SimFiles;
import ai.talent.sim.SimQuery;
import ai.talent.sim.SimSink;
import ai.talent.sim.SimStats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One simulated marketplace held in memory for evaluation, as a consumer of the event stream would see it
 * plus the truth beside it, and the time that splits its history 80/20. Built by running the simulator into
 * this sink, so it holds exactly what the files would hold.
 */
final class SeedMarket implements SimSink {

    /** A freelancer's profile versions in time order (the first one at the start of the history). */
    record Versions(List<Instant> times, List<Freelancer> profiles) {

        /** The latest profile published at or before {@code t}. */
        Freelancer at(Instant t) {
            int i = Collections.binarySearch(times, t);
            int index = i >= 0 ? lastAt(i) : -i - 2;
            return profiles.get(Math.max(0, index));
        }

        private int lastAt(int i) {
            while (i + 1 < times.size() && times.get(i + 1).equals(times.get(i))) {
                i++;
            }
            return i;
        }
    }

    record PostedProject(Instant postedAt, Project project, ProjectRecordTruth truth) {
    }

    record Hire(ContractAwarded awarded, ContractCompleted completed, ContractTruth truth) {
    }

    record TracedAttempt(LearningAttempted event, AttemptTruth truth) {
    }

    record Query(SimQuery query, QueryTruth truth, Map<String, Integer> grades, Map<String, Double> scores) {
    }

    final long seed;
    final SimConfig config;
    final Map<String, Versions> freelancers = new LinkedHashMap<>();
    final Map<String, FreelancerTruth> freelancerTruth = new HashMap<>();
    final Map<String, Client> clients = new HashMap<>();
    final Map<String, ClientTruth> clientTruth = new HashMap<>();
    final Map<String, PostedProject> projects = new LinkedHashMap<>();
    final Map<String, Instant> closedAt = new HashMap<>();
    final Map<String, Hire> hires = new LinkedHashMap<>();
    final Map<String, String> contractOfProject = new HashMap<>();
    final Map<String, Learner> learners = new LinkedHashMap<>();
    final Map<String, LearnerTruth> learnerTruth = new HashMap<>();
    final Map<String, Exercise> exercises = new HashMap<>();
    final Map<String, ExerciseTruth> exerciseTruth = new HashMap<>();
    final List<TracedAttempt> attempts = new ArrayList<>();
    /** The market's public events (no attempts) in the order the simulator emitted them: event time. */
    final List<DomainEvent> marketEvents = new ArrayList<>();
    final Map<String, Query> queries = new LinkedHashMap<>();
    private final List<Instant> marketTimes = new ArrayList<>();
    SimStats stats;
    Instant marketCut;
    Instant learningCut;

    private SeedMarket(long seed, SimConfig config) {
        this.seed = seed;
        this.config = config;
    }

    /** Simulates the marketplace and splits its history at {@code trainShare} of its events. */
    static SeedMarket simulate(SimConfig config, double trainShare) {
        SeedMarket market = new SeedMarket(config.seed(), config);
        market.stats = new MarketplaceSimulator(config).run(market, Progress.silent());
        market.marketCut = quantile(market.marketTimes, trainShare);
        List<Instant> attemptTimes = new ArrayList<>(market.attempts.size());
        market.attempts.forEach(a -> attemptTimes.add(a.event().occurredAt()));
        market.learningCut = quantile(attemptTimes, trainShare);
        market.marketTimes.clear();
        return market;
    }

    private static Instant quantile(List<Instant> times, double q) {
        if (times.isEmpty()) {
            return Instant.MAX;
        }
        List<Instant> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(q * sorted.size())));
    }

    /** An id unique across seeds, so one prediction map can hold the items of every test seed. */
    String itemId(String entityId) {
        return "s" + seed + "/" + entityId;
    }

    @Override
    public void event(String file, DomainEvent event, Record truth) {
        if (!(event instanceof LearningAttempted)) {
            marketEvents.add(event);
        }
        switch (event) {
            case FreelancerUpserted u -> {
                Versions v = freelancers.computeIfAbsent(u.freelancer().id(),
                        id -> new Versions(new ArrayList<>(), new ArrayList<>()));
                v.times().add(u.occurredAt());
                v.profiles().add(u.freelancer());
                freelancerTruth.putIfAbsent(u.freelancer().id(), (FreelancerTruth) truth);
                if (v.times().size() > 1) {
                    marketTimes.add(u.occurredAt());
                }
            }
            case ProjectPosted p -> {
                projects.put(p.project().id(), new PostedProject(p.occurredAt(), p.project(), (ProjectRecordTruth) truth));
                marketTimes.add(p.occurredAt());
            }
            case ProjectClosed c -> {
                closedAt.put(c.projectId(), c.occurredAt());
                marketTimes.add(c.occurredAt());
            }
            case ContractAwarded a -> {
                hires.put(a.contract().id(), new Hire(a, null, (ContractTruth) truth));
                contractOfProject.put(a.contract().projectId(), a.contract().id());
                marketTimes.add(a.occurredAt());
            }
            case ContractCompleted c -> {
                Hire h = hires.get(c.contractId());
                hires.put(c.contractId(), new Hire(h.awarded(), c, h.truth()));
                marketTimes.add(c.occurredAt());
            }
            case LearningAttempted a -> attempts.add(new TracedAttempt(a, (AttemptTruth) truth));
            default -> throw new IllegalStateException("the simulator emitted an unexpected event " + event.type());
        }
    }

    @Override
    public void record(String file, String name, Record value, Record truth) {
        switch (name) {
            case SimFiles.CLIENT -> {
                Client c = (Client) value;
                clients.put(c.id(), c);
                clientTruth.put(c.id(), (ClientTruth) truth);
            }
            case SimFiles.LEARNER -> {
                Learner l = (Learner) value;
                learners.put(l.id(), l);
                learnerTruth.put(l.id(), (LearnerTruth) truth);
            }
            case SimFiles.EXERCISE -> {
                Exercise x = (Exercise) value;
                exercises.put(x.id(), x);
                exerciseTruth.put(x.id(), (ExerciseTruth) truth);
            }
            case SimFiles.QUERY -> {
                SimQuery q = (SimQuery) value;
                queries.put(q.id(), new Query(q, (QueryTruth) truth, new HashMap<>(), new HashMap<>()));
            }
            case SimFiles.JUDGMENT -> {
                Judgment j = (Judgment) value;
                Query q = queries.get(j.queryId());
                q.grades().put(j.freelancerId(), j.grade());
                q.scores().put(j.freelancerId(), ((JudgmentTruth) truth).score());
            }
            default -> throw new IllegalStateException("the simulator emitted an unexpected record " + name);
        }
    }

    /** The freelancers as they joined (the pool a query searches). */
    List<Freelancer> pool() {
        List<Freelancer> pool = new ArrayList<>(freelancers.size());
        freelancers.values().forEach(v -> pool.add(v.profiles().get(0)));
        return pool;
    }
}
