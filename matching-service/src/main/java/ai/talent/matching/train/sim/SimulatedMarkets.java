package ai.talent.matching.train.sim;

import ai.talent.domain.model.Freelancer;
import ai.talent.matching.train.MarketHistory;
import ai.talent.matching.train.PastContract;
import ai.talent.matching.train.PastProject;
import ai.talent.sim.Applicant;
import ai.talent.sim.HiringResult;
import ai.talent.sim.Marketplace;
import ai.talent.sim.SimConfig;
import ai.talent.sim.SimProject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that knows the simulator's API (module marketplace-sim, tool scope): a simulated marketplace as a
 * {@link MarketHistory}, split in time at {@code trainShare} of its projects' posting times. Kept thin on purpose:
 * the simulator v2 and its scoring harness replace what is inside, not its callers.
 */
public final class SimulatedMarkets {

    private SimulatedMarkets() {
    }

    public static MarketHistory generate(int freelancers, int projects, long seed, double trainShare) {
        Marketplace market = new Marketplace(SimConfig.of(freelancers, projects, 0, seed));
        List<Freelancer> pool = new ArrayList<>(freelancers);
        for (long i = 0; i < freelancers; i++) {
            pool.add(market.freelancer(i).freelancer());
        }
        List<PastProject> past = new ArrayList<>(projects);
        List<PastContract> contracts = new ArrayList<>();
        List<Instant> posted = new ArrayList<>(projects);
        for (long i = 0; i < projects; i++) {
            SimProject p = market.project(i);
            HiringResult r = market.hiring(p);
            List<String> applicants = new ArrayList<>();
            Map<String, Double> fit = new LinkedHashMap<>();
            String hired = null;
            for (Applicant a : r.applicants()) {
                applicants.add(a.freelancerId());
                fit.put(a.freelancerId(), a.fit());
                if (a.hired()) {
                    hired = a.freelancerId();
                }
            }
            Instant awardedAt = r.hired() ? r.awarded().contract().awardedAt() : null;
            past.add(new PastProject(p.project(), p.postedAt(), applicants, fit, hired, awardedAt));
            posted.add(p.postedAt());
            if (r.hired()) {
                var done = r.completed();
                contracts.add(new PastContract(hired, awardedAt, done == null ? null : done.completedAt(),
                        done != null && done.outcome().isSuccess(done.clientRating())));
            }
        }
        Collections.sort(posted);
        Instant cut = posted.isEmpty() ? Instant.MAX
                : posted.get(Math.min(posted.size() - 1, (int) Math.floor(trainShare * posted.size())));
        return new MarketHistory(seed, pool, past, contracts, cut);
    }
}
