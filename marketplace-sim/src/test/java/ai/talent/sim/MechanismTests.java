package ai.talent.sim;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.nn.eval.LogisticRegression;
import ai.talent.sim.harness.Metrics;
import ai.talent.sim.harness.PairFeatures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each mechanism of the hidden truth is really there: on fixed seeds, a logistic regression that sees the
 * mechanism's signal beats one that sees only the structured fields — and with every mechanism turned off
 * (strength 0) the same signal is worth nothing. Hiring is scored by NDCG@10 of the hire on held-out projects,
 * success by AUC on held-out contracts.
 */
class MechanismTests {

    private static final int FREELANCERS = 1500;
    private static final int PROJECTS = 1800;
    private static final PairFeatures STRUCTURED = new PairFeatures(SkillTaxonomy.standard());

    /** One project's hiring with its applicants regenerated (profiles without text). */
    private record Played(SimProject project, HiringResult result, List<SimFreelancer> applicants) {
    }

    private static List<Played> on;
    private static List<Played> off;

    @BeforeAll
    static void simulate() {
        on = play(Mechanisms.defaults());
        off = play(Mechanisms.none());
    }

    private static List<Played> play(Mechanisms mechanisms) {
        Marketplace market = new Marketplace(SimConfig.of(FREELANCERS, PROJECTS, 0, 17).withQueries(0)
                .withMechanisms(mechanisms));
        List<Played> played = new ArrayList<>();
        for (long i = 0; i < PROJECTS; i++) {
            SimProject p = market.project(i);
            HiringResult r = market.hiring(p);
            List<SimFreelancer> people = r.applicants().stream()
                    .map(a -> market.profile(Long.parseLong(a.freelancerId().substring(2)))).toList();
            played.add(new Played(p, r, people));
        }
        return played;
    }

    private static double[] structured(SimProject p, SimFreelancer f) {
        return STRUCTURED.of(p.project(), f.freelancer(), p.client().client(), p.postedAt());
    }

    private static double[] with(double[] base, double... more) {
        double[] out = Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, out, base.length, more.length);
        return out;
    }

    /** NDCG@10 of the hire on the last 30 % of projects, ranked by a regression trained on the first 70 %. */
    private static double hiringNdcg(List<Played> market, BiFunction<SimProject, SimFreelancer, double[]> features) {
        int split = (int) (market.size() * 0.7);
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (Played pl : market.subList(0, split)) {
            if (!pl.result().hired()) {
                continue;
            }
            for (int i = 0; i < pl.applicants().size(); i++) {
                rows.add(features.apply(pl.project(), pl.applicants().get(i)));
                labels.add(pl.result().applicants().get(i).hired());
            }
        }
        LogisticRegression model = LogisticRegression.fitStandardised(rows, labels, 1.0);
        double sum = 0;
        int n = 0;
        for (Played pl : market.subList(split, market.size())) {
            if (!pl.result().hired()) {
                continue;
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < pl.applicants().size(); i++) {
                order.add(i);
            }
            double[] score = new double[order.size()];
            for (int i : order) {
                score[i] = model.score(features.apply(pl.project(), pl.applicants().get(i)));
            }
            order.sort(Comparator.comparingDouble((Integer i) -> score[i]).reversed());
            List<String> ranking = order.stream().map(i -> pl.result().applicants().get(i).freelancerId()).toList();
            String hired = pl.result().applicants().stream().filter(Applicant::hired).findFirst().orElseThrow()
                    .freelancerId();
            sum += Metrics.ndcgAt(10, ranking, Map.of(hired, 1));
            n++;
        }
        return sum / n;
    }

    /**
     * Log-loss, on the applicants of the last 30 % of projects, of whether each was hired, by a regression trained
     * on the first 70 % (finer than NDCG for effects that rarely reach the top of a ranking).
     */
    private static double hiringLogLoss(List<Played> market, BiFunction<SimProject, SimFreelancer, double[]> features) {
        int split = (int) (market.size() * 0.7);
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (Played pl : market.subList(0, split)) {
            for (int i = 0; i < pl.applicants().size(); i++) {
                rows.add(features.apply(pl.project(), pl.applicants().get(i)));
                labels.add(pl.result().applicants().get(i).hired());
            }
        }
        LogisticRegression model = LogisticRegression.fitStandardised(rows, labels, 1.0);
        List<Double> p = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (Played pl : market.subList(split, market.size())) {
            for (int i = 0; i < pl.applicants().size(); i++) {
                p.add(model.predict(features.apply(pl.project(), pl.applicants().get(i))));
                y.add(pl.result().applicants().get(i).hired());
            }
        }
        boolean[] labelsOut = new boolean[y.size()];
        for (int i = 0; i < labelsOut.length; i++) {
            labelsOut[i] = y.get(i);
        }
        return Metrics.logLoss(p.stream().mapToDouble(Double::doubleValue).toArray(), labelsOut);
    }

    /** AUC of success on the last 30 % of contracts, by a regression trained on the first 70 %. */
    private static double successAuc(List<Played> market, BiFunction<Played, SimFreelancer, double[]> features) {
        List<Played> contracts = market.stream().filter(pl -> pl.result().hired()).toList();
        int split = (int) (contracts.size() * 0.7);
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (Played pl : contracts.subList(0, split)) {
            rows.add(features.apply(pl, hired(pl)));
            labels.add(pl.result().completed().successful());
        }
        LogisticRegression model = LogisticRegression.fitStandardised(rows, labels, 1.0);
        List<Played> test = contracts.subList(split, contracts.size());
        double[] p = new double[test.size()];
        boolean[] y = new boolean[test.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = model.predict(features.apply(test.get(i), hired(test.get(i))));
            y[i] = test.get(i).result().completed().successful();
        }
        return Metrics.auc(p, y);
    }

    private static SimFreelancer hired(Played pl) {
        for (int i = 0; i < pl.applicants().size(); i++) {
            if (pl.result().applicants().get(i).hired()) {
                return pl.applicants().get(i);
            }
        }
        throw new IllegalStateException("no hire");
    }

    /** How much seeing {@code signal} adds to the structured fields, in NDCG@10, on a market. */
    private static double hiringGain(List<Played> market, BiFunction<SimProject, SimFreelancer, double[]> signal) {
        return hiringNdcg(market, (p, f) -> with(structured(p, f), signal.apply(p, f)))
                - hiringNdcg(market, MechanismTests::structured);
    }

    private static double successGain(List<Played> market, BiFunction<Played, SimFreelancer, double[]> signal) {
        return successAuc(market, (pl, f) -> with(structured(pl.project(), f), signal.apply(pl, f)))
                - successAuc(market, (pl, f) -> structured(pl.project(), f));
    }

    private static void assertSignal(double gainOn, double gainOff, double atLeast) {
        assertThat(gainOn).as("gain with the mechanism on (off: %.3f)", gainOff).isGreaterThan(atLeast);
        assertThat(Math.abs(gainOff)).as("gain with every mechanism off (on: %.3f)", gainOn).isLessThan(atLeast / 2);
    }

    @Test
    void theRoleStatedOnlyInTextDecidesWhoIsHired() {
        BiFunction<SimProject, SimFreelancer, double[]> role = (p, f) -> new double[] {
            f.truth().roleEn().equals(p.truth().roleEn()) ? 1 : 0, f.truth().category() == p.truth().category() ? 1 : 0};
        assertSignal(hiringGain(on, role), hiringGain(off, role), 0.03);
    }

    @Test
    void domainExperienceStatedOnlyInTextDecidesWhoIsHired() {
        BiFunction<SimProject, SimFreelancer, double[]> domain = (p, f) -> new double[] {
            f.truth().domains().contains(p.truth().domain()) ? 1 : 0};
        assertSignal(hiringGain(on, domain), hiringGain(off, domain), 0.01);
    }

    @Test
    void craftShownOnlyThroughAchievementsDecidesWhoIsHired() {
        BiFunction<SimProject, SimFreelancer, double[]> craft = (p, f) -> new double[] {f.truth().craft()};
        assertSignal(hiringGain(on, craft), hiringGain(off, craft), 0.02);
    }

    @Test
    void seniorityCountsOnlyInCombinationWithComplexity() {
        // main effects of seniority and complexity on both sides; the interaction only in the first
        BiFunction<SimProject, SimFreelancer, double[]> main = (p, f) -> oneHots(f.truth().seniorityRank(),
                p.truth().complexityRank(), false);
        BiFunction<SimProject, SimFreelancer, double[]> interaction = (p, f) -> oneHots(f.truth().seniorityRank(),
                p.truth().complexityRank(), true);
        double gainOn = successAuc(on, (pl, f) -> with(structured(pl.project(), f), interaction.apply(pl.project(), f)))
                - successAuc(on, (pl, f) -> with(structured(pl.project(), f), main.apply(pl.project(), f)));
        double gainOff = successAuc(off, (pl, f) -> with(structured(pl.project(), f), interaction.apply(pl.project(), f)))
                - successAuc(off, (pl, f) -> with(structured(pl.project(), f), main.apply(pl.project(), f)));
        assertSignal(gainOn, gainOff, 0.02);
    }

    private static double[] oneHots(int seniority, int complexity, boolean crossed) {
        double[] out = new double[crossed ? 9 : 6];
        if (crossed) {
            out[seniority * 3 + complexity] = 1;
        } else {
            out[seniority] = 1;
            out[3 + complexity] = 1;
        }
        return out;
    }

    @Test
    void missingWeeklyHoursHurtOnlyWhenTheDeadlineIsTight() {
        BiFunction<SimProject, SimFreelancer, double[]> separate = (p, f) -> {
            double shortfall = shortfall(p, f);
            return new double[] {shortfall, FitModel.tightDeadline(p) ? 1 : 0};
        };
        BiFunction<SimProject, SimFreelancer, double[]> crossed = (p, f) -> {
            double shortfall = shortfall(p, f);
            return new double[] {shortfall, FitModel.tightDeadline(p) ? 1 : 0, FitModel.tightDeadline(p) ? shortfall : 0};
        };
        // held-out log-loss saved per applicant by seeing the product (few such applicants reach a top ten)
        double gainOn = hiringLogLoss(on, (p, f) -> with(structured(p, f), separate.apply(p, f)))
                - hiringLogLoss(on, (p, f) -> with(structured(p, f), crossed.apply(p, f)));
        double gainOff = hiringLogLoss(off, (p, f) -> with(structured(p, f), separate.apply(p, f)))
                - hiringLogLoss(off, (p, f) -> with(structured(p, f), crossed.apply(p, f)));
        assertSignal(gainOn, gainOff, 0.001);
    }

    private static double shortfall(SimProject p, SimFreelancer f) {
        return Math.max(0, p.truth().hoursPerWeek() - f.freelancer().availabilityHoursPerWeek())
                / (double) p.truth().hoursPerWeek();
    }

    @Test
    void aRateFarAboveTheBudgetIsAThresholdNotASlope() {
        BiFunction<SimProject, SimFreelancer, double[]> linear = (p, f) -> new double[] {logRatio(p, f)};
        BiFunction<SimProject, SimFreelancer, double[]> threshold = (p, f) -> new double[] {logRatio(p, f),
            logRatio(p, f) > Math.log(MarketParameters.RATE_OVER_THRESHOLD) ? 1 : 0,
            logRatio(p, f) < Math.log(MarketParameters.RATE_UNDER_THRESHOLD) ? 1 : 0};
        double gainOn = hiringNdcg(on, (p, f) -> with(structured(p, f), threshold.apply(p, f)))
                - hiringNdcg(on, (p, f) -> with(structured(p, f), linear.apply(p, f)));
        double gainOff = hiringNdcg(off, (p, f) -> with(structured(p, f), threshold.apply(p, f)))
                - hiringNdcg(off, (p, f) -> with(structured(p, f), linear.apply(p, f)));
        assertSignal(gainOn, gainOff, 0.01);
    }

    private static double logRatio(SimProject p, SimFreelancer f) {
        return Math.log(f.freelancer().hourlyRate().amount() / (double) p.truth().hourlyBudgetKrw());
    }

    @Test
    void hiddenReliabilityDecidesSuccess() {
        assertSignal(successGain(on, (pl, f) -> new double[] {f.truth().reliability()}),
                successGain(off, (pl, f) -> new double[] {f.truth().reliability()}), 0.02);
    }

    @Test
    void hiddenClientFreelancerCompatibilityDecidesSuccess() {
        BiFunction<Played, SimFreelancer, double[]> compatibility = (pl, f) -> new double[] {
            FitModel.compatibility(pl.project().client().truth(), f.truth())};
        assertSignal(successGain(on, compatibility), successGain(off, compatibility), 0.02);
    }

    @Test
    void clientsRehireFreelancersTheyKnowSoCompatibilityShowsInRepeatHires() {
        java.util.Map<String, Integer> pairs = new java.util.HashMap<>();
        for (Played pl : on) {
            if (pl.result().hired()) {
                pairs.merge(pl.project().project().clientId() + "|" + pl.result().awarded().contract().freelancerId(), 1,
                        Integer::sum);
            }
        }
        long repeated = pairs.values().stream().filter(n -> n > 1).count();
        assertThat(repeated).as("client–freelancer pairs hired more than once").isGreaterThan(20);
    }
}
