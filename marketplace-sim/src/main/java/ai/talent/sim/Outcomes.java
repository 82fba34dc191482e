package ai.talent.sim;

import ai.talent.domain.model.ContractOutcome;
import java.util.random.RandomGenerator;

/**
 * How a contract ends once it is known whether it succeeded: the outcome, the client's rating and how long it
 * ran against its planned duration. The same for past contracts (a profile's initial record) and simulated ones.
 */
final class Outcomes {

    record Ending(ContractOutcome outcome, int rating, double lengthFactor) {

        boolean completed() {
            return outcome == ContractOutcome.COMPLETED_ON_TIME || outcome == ContractOutcome.COMPLETED_LATE;
        }
    }

    private Outcomes() {
    }

    static Ending draw(boolean success, RandomGenerator rng) {
        if (success) {
            ContractOutcome outcome = rng.nextDouble() < 0.85 ? ContractOutcome.COMPLETED_ON_TIME
                    : ContractOutcome.COMPLETED_LATE;
            int rating = outcome == ContractOutcome.COMPLETED_LATE ? 4 : (rng.nextDouble() < 0.7 ? 5 : 4);
            double length = outcome == ContractOutcome.COMPLETED_LATE ? Draw.between(rng, 1.1, 1.5)
                    : Draw.between(rng, 0.8, 1.0);
            return new Ending(outcome, rating, length);
        }
        double u = rng.nextDouble();
        if (u < 0.45) {
            return new Ending(ContractOutcome.COMPLETED_LATE, 1 + Draw.weightedIndex(new double[] {0.2, 0.35, 0.45}, rng),
                    Draw.between(rng, 1.1, 1.7));
        }
        if (u < 0.8) {
            return new Ending(ContractOutcome.CANCELLED, 1 + Draw.weightedIndex(new double[] {0.6, 0.4}, rng),
                    Draw.between(rng, 0.2, 0.7));
        }
        return new Ending(ContractOutcome.DISPUTED, 1, Draw.between(rng, 0.6, 1.3));
    }
}
