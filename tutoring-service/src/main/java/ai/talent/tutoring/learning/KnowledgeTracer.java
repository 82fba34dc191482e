package ai.talent.tutoring.learning;

/**
 * Bayesian Knowledge Tracing for one skill: after each answer, the probability that the learner knows the skill
 * is updated by Bayes' rule (allowing for slips and guesses), then by the chance of having learned it from the
 * attempt. The baseline until the DKT / attention models of a later issue.
 */
public final class KnowledgeTracer {

    private final double prior;
    private final double learn;
    private final double slip;
    private final double guess;

    public KnowledgeTracer(double prior, double learn, double slip, double guess) {
        check(prior, "prior mastery");
        check(learn, "learn rate");
        check(slip, "slip");
        check(guess, "guess");
        if (slip + guess >= 1) {
            throw new IllegalArgumentException("slip + guess must be below 1 for answers to carry information, was "
                    + (slip + guess));
        }
        this.prior = prior;
        this.learn = learn;
        this.slip = slip;
        this.guess = guess;
    }

    public double prior() {
        return prior;
    }

    /** The mastery after one more answer, given the mastery before it. */
    public double update(double mastery, boolean correct) {
        double known = correct ? mastery * (1 - slip) : mastery * slip;
        double unknown = correct ? (1 - mastery) * guess : (1 - mastery) * (1 - guess);
        double posterior = known / (known + unknown);
        return posterior + (1 - posterior) * learn;
    }

    private static void check(double p, String name) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(name + " must be a probability 0–1, was " + p);
        }
    }
}
