package ai.talent.sim;

import static ai.talent.sim.MarketParameters.*;

import ai.talent.domain.model.Freelancer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.BiConsumer;

/**
 * Judges every freelancer against every query in one streaming pass over the pool: a true relevance score
 * 0–1 (true skill levels or, for a role-only query, the role; then the role, domain, seniority, years, place,
 * rate and language each lower it when unmet), and a graded label 0–3 drawn from it with a judge's noise.
 * Every pair with a non-zero score is emitted as a judgment as it is made; per query only the grade counts and
 * the ten best-scored pairs are kept (for the oracle's NDCG), so memory does not grow with the pool.
 */
public final class QueryJudge {

    private static final int TOP = 10;

    /** A judged pair kept for the oracle's ranking. */
    record Scored(String freelancerId, int grade, double score) {
    }

    private static final Comparator<Scored> WORST_FIRST = Comparator.comparingDouble(Scored::score)
            .thenComparing(Scored::freelancerId, Comparator.reverseOrder());

    private final long seed;
    private final List<QueryGenerator.Generated> queries;
    private final double profileStrength;
    private final List<PriorityQueue<Scored>> best = new ArrayList<>();
    private final long[][] gradeCounts;

    QueryJudge(long seed, List<QueryGenerator.Generated> queries, double profileStrength) {
        this.seed = seed;
        this.queries = queries;
        this.profileStrength = profileStrength;
        this.gradeCounts = new long[queries.size()][4];
        for (int i = 0; i < queries.size(); i++) {
            best.add(new PriorityQueue<>(WORST_FIRST));
        }
    }

    /**
     * True relevance 0–1 of a freelancer for a query, at a strength of the search-profile mechanism (1 by default).
     * Public for diagnosis: a search team may score a freelancer with parts of the truth replaced by what the
     * profile states, to see what reading them costs.
     */
    public static double score(QuerySpec q, SimFreelancer simFreelancer, double profileStrength) {
        FreelancerTruth t = simFreelancer.truth();
        Freelancer f = simFreelancer.freelancer();
        boolean sameRole = q.roleEn() != null && q.roleEn().equals(t.roleEn());
        double s;
        if (q.skillIds().isEmpty()) {
            s = sameRole ? 1.0 : t.category() == q.category() ? 0.35 : 0;
        } else {
            double skill = 0;
            for (String id : q.skillIds()) {
                skill += Math.min(1.0, t.trueLevel(id) / 3.5);
            }
            s = skill / q.skillIds().size();
            if (q.roleEn() != null) {
                s *= scaled(sameRole ? 1.0 : t.category() == q.category() ? 0.7 : 0.45, profileStrength);
            }
        }
        if (s == 0) {
            return 0;
        }
        if (t.category() != q.category()) {
            s *= 0.85;
        }
        if (q.domain() != null) {
            s *= scaled(t.domains().contains(q.domain()) ? 1.0 : 0.55, profileStrength);
        }
        if (q.region() != null && f.region() != q.region()) {
            s *= bothInCapitalArea(f.region(), q.region()) ? 0.8 : f.remoteOk() ? 0.6 : 0.3;
        }
        if (q.remote() && !f.remoteOk()) {
            s *= 0.4;
        }
        long rate = f.hourlyRate().amount();
        if (q.maxRateKrw() != null && rate > q.maxRateKrw()) {
            s *= Math.exp(-4.0 * (rate / (double) q.maxRateKrw() - 1));
        }
        if (q.minRateKrw() != null && rate < q.minRateKrw()) {
            s *= 0.7;
        }
        if (q.minYears() != null && t.totalYears() < q.minYears()) {
            s *= 0.25 + 0.75 * t.totalYears() / q.minYears();
        }
        if (q.seniority() != null) {
            int gap = Math.abs(Seniority.rank(q.seniority()) - t.seniorityRank());
            s *= gap == 0 ? 1.0 : gap == 1 ? 0.7 : 0.4;
        }
        if (q.spokenLanguage() != null && !f.spokenLanguages().contains(q.spokenLanguage())) {
            s *= 0.3;
        }
        return s;
    }

    /** A penalty factor at a mechanism's strength: 1 (no penalty) at 0, the factor itself at 1. */
    private static double scaled(double factor, double strength) {
        return Math.max(0.05, 1 - strength * (1 - factor));
    }

    static int grade(double score, double noise) {
        double noisy = score + JUDGE_NOISE_SIGMA * noise;
        int g = 0;
        for (double threshold : GRADE_THRESHOLDS) {
            if (noisy >= threshold) {
                g++;
            }
        }
        return g;
    }

    /** Judges one freelancer against every query, handing each non-zero judgment to {@code out}. */
    void judge(SimFreelancer f, BiConsumer<Judgment, JudgmentTruth> out) {
        for (int q = 0; q < queries.size(); q++) {
            double score = score(queries.get(q).intent(), f, profileStrength);
            if (score <= 0) {
                continue;
            }
            double rounded = Math.round(score * 10_000) / 10_000.0;
            int grade = grade(score, Seeds.gaussian(seed, "judge", q, f.index()));
            gradeCounts[q][grade]++;
            String queryId = queries.get(q).query().id();
            out.accept(new Judgment(queryId, f.freelancer().id(), grade), new JudgmentTruth(rounded));
            PriorityQueue<Scored> heap = best.get(q);
            Scored j = new Scored(f.freelancer().id(), grade, rounded);
            if (heap.size() < TOP) {
                heap.add(j);
            } else if (WORST_FIRST.compare(j, heap.peek()) > 0) {
                heap.poll();
                heap.add(j);
            }
        }
    }

    /** NDCG@10 of ranking the pool by true score against the judged grades; NaN when nothing is relevant. */
    double oracleNdcgAt10(int q) {
        List<Scored> ranked = new ArrayList<>(best.get(q));
        ranked.sort(WORST_FIRST.reversed());
        int[] grades = new int[ranked.size()];
        for (int i = 0; i < grades.length; i++) {
            grades[i] = ranked.get(i).grade();
        }
        return Ndcg.at(TOP, grades, idealGrades(gradeCounts[q][1], gradeCounts[q][2], gradeCounts[q][3]));
    }

    long judged(int q) {
        return gradeCounts[q][0] + gradeCounts[q][1] + gradeCounts[q][2] + gradeCounts[q][3];
    }

    /** The ten best grades there are, from the counts of grades 1–3. */
    static int[] idealGrades(long g1, long g2, long g3) {
        int[] ideal = new int[TOP];
        for (int i = 0; i < TOP; i++) {
            ideal[i] = g3-- > 0 ? 3 : g2-- > 0 ? 2 : g1-- > 0 ? 1 : 0;
        }
        return ideal;
    }
}
