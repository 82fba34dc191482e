package ai.talent.matching.train;

import ai.talent.domain.model.Freelancer;
import ai.talent.matching.rank.FreelancerActivity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One marketplace's history as matching learns from it: the freelancers, the projects in time order with their
 * applicants and hires, the contracts, and the time that splits the history into a training part (before) and a
 * test part (after). A freelancer's activity at a moment counts only contracts awarded before it.
 */
public final class MarketHistory {

    private final long seed;
    private final List<Freelancer> freelancers;
    private final Map<String, Freelancer> byId = new LinkedHashMap<>();
    private final List<PastProject> projects;
    private final Map<String, List<PastContract>> contracts = new HashMap<>();
    private final Instant cut;

    public MarketHistory(long seed, List<Freelancer> freelancers, List<PastProject> projects,
                         List<PastContract> contracts, Instant cut) {
        this.seed = seed;
        this.freelancers = List.copyOf(freelancers);
        this.freelancers.forEach(f -> byId.put(f.id(), f));
        List<PastProject> sorted = new ArrayList<>(projects);
        sorted.sort(Comparator.comparing(PastProject::postedAt));
        this.projects = List.copyOf(sorted);
        for (PastContract c : contracts) {
            this.contracts.computeIfAbsent(c.freelancerId(), id -> new ArrayList<>()).add(c);
        }
        this.cut = cut;
    }

    public long seed() {
        return seed;
    }

    public List<Freelancer> freelancers() {
        return freelancers;
    }

    public Freelancer freelancer(String id) {
        Freelancer f = byId.get(id);
        if (f == null) {
            throw new IllegalArgumentException("no freelancer " + id + " in market " + seed);
        }
        return f;
    }

    public List<PastProject> projects() {
        return projects;
    }

    public Instant cut() {
        return cut;
    }

    /** Projects whose hire happened before the cut: what a model may learn from. */
    public List<PastProject> hiredBeforeCut() {
        return projects.stream().filter(p -> p.hired() && p.awardedAt().isBefore(cut)).toList();
    }

    /** Projects posted after the cut that hired someone: what a model is tested on. */
    public List<PastProject> hiredAfterCut() {
        return projects.stream().filter(p -> p.hired() && !p.postedAt().isBefore(cut)).toList();
    }

    /** A freelancer's contracts in progress, completed and successful as they stood at {@code at}. */
    public FreelancerActivity activityAt(String freelancerId, Instant at) {
        int active = 0;
        int completed = 0;
        int successful = 0;
        for (PastContract c : contracts.getOrDefault(freelancerId, List.of())) {
            if (!c.awardedAt().isBefore(at)) {
                continue;
            }
            if (c.completedAt() != null && c.completedAt().isBefore(at)) {
                completed++;
                if (c.success()) {
                    successful++;
                }
            } else {
                active++;
            }
        }
        return new FreelancerActivity(active, completed, successful);
    }
}
