package ai.talent.matching.train.sim;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.event.ProjectClosed;
import ai.talent.domain.event.ProjectPosted;
import ai.talent.domain.model.Client;
import ai.talent.domain.model.Freelancer;
import ai.talent.matching.train.MarketHistory;
import ai.talent.matching.train.PastContract;
import ai.talent.matching.train.PastProject;
import ai.talent.sim.Applicant;
import ai.talent.sim.MarketplaceSimulator;
import ai.talent.sim.Progress;
import ai.talent.sim.ProjectRecordTruth;
import ai.talent.sim.SimConfig;
import ai.talent.sim.SimFiles;
import ai.talent.sim.SimSink;
import ai.talent.sim.text.TextHalf;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that knows the simulator's API (module marketplace-sim, tool scope): a simulated marketplace v2 as
 * a {@link MarketHistory}, collected from the event stream the way the scoring harness collects it (same seeds,
 * same text half, the time cut where {@code trainShare} of the market's events happened), so that the rankings
 * matching makes of a test market are items of the harness's applicant-ranking task.
 */
public final class SimulatedMarkets {

    private SimulatedMarkets() {
    }

    /** A market of the harness's shape: {@code half} is the wording (training seeds TRAIN, test seeds TEST). */
    public static MarketHistory generate(SimConfig market, TextHalf half, double trainShare) {
        Collector sink = new Collector();
        new MarketplaceSimulator(market.withTextHalf(half)).run(sink, Progress.silent());
        return sink.history(market.seed(), trainShare);
    }

    public static MarketHistory generate(int freelancers, int projects, long seed, TextHalf half, double trainShare) {
        return generate(SimConfig.of(freelancers, projects, 0, seed).withQueries(0), half, trainShare);
    }

    private static final class Collector implements SimSink {

        private final Map<String, List<Instant>> times = new LinkedHashMap<>();
        private final Map<String, List<Freelancer>> versions = new LinkedHashMap<>();
        private final Map<String, Client> clients = new HashMap<>();
        private final List<ProjectPosted> posted = new ArrayList<>();
        private final Map<String, ProjectRecordTruth> truths = new HashMap<>();
        private final Map<String, ContractAwarded> awards = new LinkedHashMap<>();
        private final Map<String, ContractCompleted> completions = new HashMap<>();
        private final List<Instant> marketTimes = new ArrayList<>();

        @Override
        public void event(String file, DomainEvent event, Record truth) {
            switch (event) {
                case FreelancerUpserted u -> {
                    times.computeIfAbsent(u.freelancer().id(), id -> new ArrayList<>()).add(u.occurredAt());
                    List<Freelancer> v = versions.computeIfAbsent(u.freelancer().id(), id -> new ArrayList<>());
                    v.add(u.freelancer());
                    if (v.size() > 1) {
                        marketTimes.add(u.occurredAt());
                    }
                }
                case ProjectPosted p -> {
                    posted.add(p);
                    truths.put(p.project().id(), (ProjectRecordTruth) truth);
                    marketTimes.add(p.occurredAt());
                }
                case ProjectClosed c -> marketTimes.add(c.occurredAt());
                case ContractAwarded a -> {
                    awards.put(a.contract().projectId(), a);
                    marketTimes.add(a.occurredAt());
                }
                case ContractCompleted c -> {
                    completions.put(c.contractId(), c);
                    marketTimes.add(c.occurredAt());
                }
                default -> {
                    // learning events and others are not matching's
                }
            }
        }

        @Override
        public void record(String file, String name, Record value, Record truth) {
            if (SimFiles.CLIENT.equals(name)) {
                Client c = (Client) value;
                clients.put(c.id(), c);
            }
        }

        MarketHistory history(long seed, double trainShare) {
            List<Instant> sorted = new ArrayList<>(marketTimes);
            Collections.sort(sorted);
            Instant cut = sorted.isEmpty() ? Instant.MAX
                    : sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(trainShare * sorted.size())));
            List<PastProject> projects = new ArrayList<>(posted.size());
            List<PastContract> contracts = new ArrayList<>();
            for (ProjectPosted p : posted) {
                ProjectRecordTruth truth = truths.get(p.project().id());
                List<String> applicants = new ArrayList<>();
                Map<String, Double> fit = new LinkedHashMap<>();
                String hired = null;
                for (Applicant a : truth.applicants()) {
                    applicants.add(a.freelancerId());
                    fit.put(a.freelancerId(), a.fit());
                    if (a.hired()) {
                        hired = a.freelancerId();
                    }
                }
                ContractAwarded award = awards.get(p.project().id());
                Instant awardedAt = award == null ? null : award.occurredAt();
                projects.add(new PastProject(p.project(), p.occurredAt(), applicants, fit, hired, awardedAt));
                if (award != null) {
                    ContractCompleted done = completions.get(award.contract().id());
                    contracts.add(new PastContract(p.project().id(), award.contract().freelancerId(), awardedAt,
                            done == null ? null : done.occurredAt(), done != null && done.successful()));
                }
            }
            return new MarketHistory(seed, times, versions, clients, projects, contracts, cut);
        }
    }
}
