package ai.talent.success.evaluation.sim;

import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.event.ProjectPosted;
import ai.talent.sim.HiringResult;
import ai.talent.sim.Marketplace;
import ai.talent.sim.SimConfig;
import ai.talent.sim.SimFreelancer;
import ai.talent.sim.SimProject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that knows the simulator's API (module marketplace-sim): a marketplace history as the events
 * the service would consume, plus each contract's true success probability (the oracle). Kept thin on
 * purpose: the simulator v2 and its scoring harness replace what is inside, not its callers.
 */
public record SimulatedHistory(List<DomainEvent> events, Map<String, Double> trueProbability) {

    /** Freelancers are published at the start of the simulated history, before any project. */
    static final Instant FREELANCERS_AT = Instant.parse("2025-01-01T00:00:00Z");

    public static SimulatedHistory generate(int freelancers, int projects, long seed) {
        Marketplace market = new Marketplace(SimConfig.of(freelancers, projects, 0, seed));
        List<DomainEvent> events = new ArrayList<>();
        for (long i = 0; i < freelancers; i++) {
            SimFreelancer f = market.freelancer(i);
            events.add(new FreelancerUpserted("sim-" + seed + "-f-" + i, FREELANCERS_AT, f.freelancer()));
        }
        Map<String, Double> truth = new HashMap<>();
        for (long i = 0; i < projects; i++) {
            SimProject p = market.project(i);
            events.add(new ProjectPosted("sim-" + seed + "-p-" + i, p.postedAt(), p.project()));
            HiringResult r = market.hiring(p);
            if (r.hired()) {
                events.add(r.awarded());
                events.add(r.completed());
                truth.put(r.awarded().contract().id(), r.truth().successProbability());
            }
        }
        return new SimulatedHistory(events, truth);
    }
}
