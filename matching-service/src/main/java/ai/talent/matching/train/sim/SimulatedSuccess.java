package ai.talent.matching.train.sim;

import ai.talent.domain.model.Client;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.matching.train.MarketHistory;
import ai.talent.matching.train.PastProject;
import ai.talent.matching.train.SuccessEstimates;
import ai.talent.nn.eval.LogisticRegression;
import ai.talent.sim.harness.PairFeatures;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;

/**
 * What stands in for the success predictor's {@code success.predicted} events on simulated markets: a logistic
 * regression over the simulator's structured pair features (the harness's own structured success reference),
 * fitted on the training markets' contracts that completed before their cut. It publishes for a share
 * {@code coverage} of the pairs only (chosen by a hash of the pair, so the same pair always gets the same answer),
 * so that the ranker also learns the fallback it meets when no prediction has arrived.
 */
public final class SimulatedSuccess implements SuccessEstimates {

    /** Share of pairs with a prediction, in training and evaluation. */
    public static final double COVERAGE = 0.7;

    private final PairFeatures features = new PairFeatures(SkillTaxonomy.standard());
    private final LogisticRegression model;
    private final double coverage;

    private SimulatedSuccess(LogisticRegression model, double coverage) {
        this.model = model;
        this.coverage = coverage;
    }

    public static SimulatedSuccess fit(List<MarketHistory> markets, double coverage) {
        PairFeatures features = new PairFeatures(SkillTaxonomy.standard());
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (MarketHistory m : markets) {
            for (PastProject p : m.hiredBeforeCut()) {
                Boolean success = m.outcomeBeforeCut(p);
                Client client = m.client(p.project().clientId());
                if (success == null || client == null) {
                    continue;
                }
                rows.add(features.of(p.project(), m.freelancerAt(p.hiredId(), p.postedAt()), client, p.postedAt()));
                labels.add(success);
            }
        }
        if (rows.size() < 20) {
            throw new IllegalStateException("too few completed contracts before the cut to fit the success stand-in: "
                    + rows.size());
        }
        return new SimulatedSuccess(LogisticRegression.fitStandardised(rows, labels, 1.0), coverage);
    }

    @Override
    public OptionalDouble estimate(MarketHistory market, PastProject project, Freelancer freelancer) {
        Client client = market.client(project.project().clientId());
        if (client == null) {
            return OptionalDouble.empty();
        }
        long h = (project.project().id() + "/" + freelancer.id()).hashCode() * 0x9E3779B97F4A7C15L;
        if (new Random(h).nextDouble() >= coverage) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(model.predict(features.of(project.project(), freelancer, client,
                project.postedAt())));
    }
}
