package ai.talent.sim;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.model.ContractOutcome;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.SkillLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** History accumulates: ratings are noisy observations of reliability, and each completed contract updates the record. */
class HistoryTests {

    @Test
    void aRatingAverageRevealsReliabilityMoreClearlyTheMoreRatingsItHas() {
        Marketplace market = new Marketplace(SimConfig.of(6000, 0, 0, 23).withQueries(0));
        List<double[]> few = new ArrayList<>();
        List<double[]> many = new ArrayList<>();
        for (long i = 0; i < 6000; i++) {
            SimFreelancer f = market.profile(i);
            int count = f.freelancer().ratingCount();
            double[] pair = {f.freelancer().ratingAverage(), f.truth().reliability()};
            if (count >= 1 && count <= 3) {
                few.add(pair);
            } else if (count >= 15) {
                many.add(pair);
            }
        }
        assertThat(few).hasSizeGreaterThan(300);
        assertThat(many).hasSizeGreaterThan(300);
        double fewCorrelation = correlation(few);
        double manyCorrelation = correlation(many);
        assertThat(manyCorrelation).as("many ratings (few: %.3f)", fewCorrelation).isGreaterThan(0.4)
                .isGreaterThan(fewCorrelation + 0.15);
    }

    @Test
    void reliabilityShowsInNoStructuredFieldButTheRecord() {
        Marketplace market = new Marketplace(SimConfig.of(6000, 0, 0, 23).withQueries(0));
        List<double[]> rate = new ArrayList<>();
        List<double[]> overclaim = new ArrayList<>();
        for (long i = 0; i < 6000; i++) {
            SimFreelancer f = market.profile(i);
            rate.add(new double[] {Math.log(f.freelancer().hourlyRate().amount()), f.truth().reliability()});
            double claimed = 0;
            for (SkillLevel s : f.freelancer().skills()) {
                claimed += s.level() - f.truth().trueLevel(s.skillId());
            }
            overclaim.add(new double[] {claimed / f.freelancer().skills().size(), f.truth().reliability()});
        }
        assertThat(Math.abs(correlation(rate))).isLessThan(0.05);
        assertThat(Math.abs(correlation(overclaim))).isLessThan(0.05);
    }

    @Test
    void eachCompletedContractUpdatesTheProfileThatLaterEventsCarry() {
        Map<String, Freelancer> latest = new HashMap<>();
        Map<String, ContractCompleted> completions = new HashMap<>();
        try (Stream<SimLine> contracts = SimLines.read(SmallMarket.dir().resolve(SimFiles.CONTRACTS))) {
            contracts.map(SimLine::event).filter(e -> e instanceof ContractCompleted)
                    .forEach(e -> completions.put(e.eventId(), (ContractCompleted) e));
        }
        List<ContractCompleted> inOrder = new ArrayList<>(completions.values());
        inOrder.sort(java.util.Comparator.comparing(ContractCompleted::occurredAt));
        int updates = 0;
        int next = 0;
        try (Stream<SimLine> freelancers = SimLines.read(SmallMarket.dir().resolve(SimFiles.FREELANCERS))) {
            for (DomainEvent e : (Iterable<DomainEvent>) freelancers.map(SimLine::event)::iterator) {
                Freelancer f = ((FreelancerUpserted) e).freelancer();
                Freelancer before = latest.put(f.id(), f);
                if (before != null) {
                    // an update follows the completion of one of the freelancer's contracts, at its time
                    ContractCompleted done = inOrder.get(next++);
                    assertThat(done.freelancerId()).isEqualTo(f.id());
                    assertThat(e.occurredAt()).isEqualTo(done.occurredAt());
                    assertThat(f.ratingCount()).isEqualTo(before.ratingCount() + 1);
                    boolean completed = done.outcome() == ContractOutcome.COMPLETED_ON_TIME
                            || done.outcome() == ContractOutcome.COMPLETED_LATE;
                    assertThat(f.completedProjects()).isEqualTo(before.completedProjects() + (completed ? 1 : 0));
                    assertThat(f.bio()).isEqualTo(before.bio());
                    updates++;
                }
            }
        }
        assertThat(updates).isEqualTo(completions.size()).isGreaterThan(50);
    }

    static double correlation(List<double[]> pairs) {
        double mx = 0;
        double my = 0;
        for (double[] p : pairs) {
            mx += p[0] / pairs.size();
            my += p[1] / pairs.size();
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (double[] p : pairs) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
            syy += (p[1] - my) * (p[1] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
