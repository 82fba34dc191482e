package ai.talent.sim;

import static ai.talent.sim.MarketParameters.*;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Region;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Judges every freelancer against every query in one streaming pass over the pool: a true relevance score
 * 0–1 (true skill levels, then each unmet constraint lowers it, then reliability), and a graded label 0–3
 * drawn from it with a judge's noise. Keeps, per query, only the grade counts and the best-scored pairs,
 * so memory does not grow with the pool.
 */
final class QueryJudge {

    private static final Set<Region> CAPITAL_AREA = EnumSet.of(Region.SEOUL, Region.GYEONGGI, Region.INCHEON);
    private static final Comparator<Judgment> WORST_FIRST = Comparator.comparingDouble(Judgment::score)
            .thenComparing(Judgment::freelancerId, Comparator.reverseOrder());

    private final long seed;
    private final List<SimQuery> queries;
    private final List<PriorityQueue<Judgment>> best = new ArrayList<>();
    private final long[][] gradeCounts;

    QueryJudge(long seed, List<SimQuery> queries) {
        this.seed = seed;
        this.queries = queries;
        this.gradeCounts = new long[queries.size()][4];
        for (int i = 0; i < queries.size(); i++) {
            best.add(new PriorityQueue<>(WORST_FIRST));
        }
    }

    /** True relevance 0–1 of a freelancer for a query. */
    static double score(QuerySpec q, SimFreelancer simFreelancer) {
        FreelancerTruth t = simFreelancer.truth();
        Freelancer f = simFreelancer.freelancer();
        double skill = 0;
        for (String id : q.skillIds()) {
            skill += Math.min(1.0, t.trueLevel(id) / 3.5);
        }
        double s = skill / q.skillIds().size();
        if (s == 0) {
            return 0;
        }
        if (t.category() != q.category()) {
            s *= 0.85;
        }
        if (q.region() != null) {
            if (f.region() != q.region()) {
                boolean near = CAPITAL_AREA.contains(f.region()) && CAPITAL_AREA.contains(q.region());
                s *= near ? 0.8 : f.remoteOk() ? 0.6 : 0.3;
            }
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
            int gap = Math.abs(FitModel.seniorityRank(q.seniority()) - FitModel.seniorityRank(t.seniority()));
            s *= gap == 0 ? 1.0 : gap == 1 ? 0.7 : 0.4;
        }
        if (q.spokenLanguage() != null && !f.spokenLanguages().contains(q.spokenLanguage())) {
            s *= 0.3;
        }
        return s * (0.7 + 0.3 * t.reliability());
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

    void judge(SimFreelancer f) {
        for (int q = 0; q < queries.size(); q++) {
            double score = score(queries.get(q).intent(), f);
            if (score <= 0) {
                continue;
            }
            int grade = grade(score, Seeds.gaussian(seed, "judge", q, f.index()));
            gradeCounts[q][grade]++;
            PriorityQueue<Judgment> heap = best.get(q);
            Judgment j = new Judgment(f.freelancer().id(), grade, Math.round(score * 10_000) / 10_000.0);
            if (heap.size() < JUDGMENTS_KEPT_PER_QUERY) {
                heap.add(j);
            } else if (WORST_FIRST.compare(j, heap.peek()) > 0) {
                heap.poll();
                heap.add(j);
            }
        }
    }

    QueryTruth truth(int q) {
        List<Judgment> judgments = new ArrayList<>(best.get(q));
        judgments.sort(WORST_FIRST.reversed());
        return new QueryTruth(gradeCounts[q][1], gradeCounts[q][2], gradeCounts[q][3], judgments);
    }

    /** NDCG@10 of ranking the pool by true score, against the judged grades; NaN if nothing is relevant. */
    static double oracleNdcgAt10(QueryTruth truth) {
        List<Judgment> ranked = truth.judgments();
        int[] grades = new int[Math.min(10, ranked.size())];
        for (int i = 0; i < grades.length; i++) {
            grades[i] = ranked.get(i).grade();
        }
        int[] ideal = new int[10];
        long g3 = truth.grade3();
        long g2 = truth.grade2();
        long g1 = truth.grade1();
        for (int i = 0; i < 10; i++) {
            ideal[i] = g3-- > 0 ? 3 : g2-- > 0 ? 2 : g1-- > 0 ? 1 : 0;
        }
        return Ndcg.at(10, grades, ideal);
    }
}
