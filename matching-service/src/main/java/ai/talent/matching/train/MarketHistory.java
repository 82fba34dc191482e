package ai.talent.matching.train;

import ai.talent.domain.model.Client;
import ai.talent.domain.model.Freelancer;
import ai.talent.matching.rank.FreelancerActivity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One marketplace's history as matching learns from it: every freelancer's profile versions in time order, the
 * clients, the projects in time order with their applicants and hires, the contracts, and the time that splits the
 * history into a training part (before) and a test part (after). What a model reads about a freelancer at a moment
 * is the profile published by then and the contracts awarded before it, so that a hire's own outcome (a new rating,
 * one more completed project) never leaks into the features of the list it is the label of.
 */
public final class MarketHistory {

    private final long seed;
    private final Map<String, List<Instant>> times;
    private final Map<String, List<Freelancer>> versions;
    private final Map<String, Client> clients;
    private final List<Freelancer> atCut = new ArrayList<>();
    private final Map<String, Freelancer> byId = new LinkedHashMap<>();
    private final List<PastProject> projects;
    private final Map<String, List<PastContract>> contracts = new HashMap<>();
    private final Map<String, PastContract> contractOfProject = new HashMap<>();
    private final Instant cut;

    public MarketHistory(long seed, Map<String, List<Instant>> times, Map<String, List<Freelancer>> versions,
                         Map<String, Client> clients, List<PastProject> projects, List<PastContract> contracts,
                         Instant cut) {
        this.seed = seed;
        this.times = Map.copyOf(times);
        this.versions = Map.copyOf(versions);
        this.clients = Map.copyOf(clients);
        this.cut = cut;
        for (String id : times.keySet()) {
            Freelancer f = at(id, cut);
            atCut.add(f);
            byId.put(id, f);
        }
        List<PastProject> sorted = new ArrayList<>(projects);
        sorted.sort(Comparator.comparing(PastProject::postedAt));
        this.projects = List.copyOf(sorted);
        for (PastContract c : contracts) {
            this.contracts.computeIfAbsent(c.freelancerId(), id -> new ArrayList<>()).add(c);
            this.contractOfProject.put(c.projectId(), c);
        }
    }

    /** A history whose freelancers never change (tests). */
    public static MarketHistory of(long seed, List<Freelancer> freelancers, List<PastProject> projects,
                                   List<PastContract> contracts, Instant cut) {
        Map<String, List<Instant>> times = new LinkedHashMap<>();
        Map<String, List<Freelancer>> versions = new LinkedHashMap<>();
        for (Freelancer f : freelancers) {
            times.put(f.id(), List.of(Instant.MIN));
            versions.put(f.id(), List.of(f));
        }
        return new MarketHistory(seed, times, versions, Map.of(), projects, contracts, cut);
    }

    public long seed() {
        return seed;
    }

    /** The pool as it stood at the cut: every freelancer's latest profile published before it. */
    public List<Freelancer> freelancers() {
        return atCut;
    }

    /** A freelancer's profile at the cut. */
    public Freelancer freelancer(String id) {
        Freelancer f = byId.get(id);
        if (f == null) {
            throw new IllegalArgumentException("no freelancer " + id + " in market " + seed);
        }
        return f;
    }

    /** A freelancer's latest profile published at or before {@code at} (the first one before they joined). */
    public Freelancer freelancerAt(String id, Instant at) {
        if (!times.containsKey(id)) {
            throw new IllegalArgumentException("no freelancer " + id + " in market " + seed);
        }
        return this.at(id, at);
    }

    private Freelancer at(String id, Instant at) {
        List<Instant> t = times.get(id);
        int i = Collections.binarySearch(t, at);
        int index;
        if (i >= 0) {
            while (i + 1 < t.size() && t.get(i + 1).equals(t.get(i))) {
                i++;
            }
            index = i;
        } else {
            index = -i - 2;
        }
        return versions.get(id).get(Math.max(0, index));
    }

    /** The client of a project (null when the history holds no clients). */
    public Client client(String clientId) {
        return clients.get(clientId);
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

    /** Whether the project's contract succeeded, when it completed before the cut; null otherwise. */
    public Boolean outcomeBeforeCut(PastProject p) {
        PastContract c = contractOfProject.get(p.project().id());
        return c == null || c.completedAt() == null || !c.completedAt().isBefore(cut) ? null : c.success();
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
