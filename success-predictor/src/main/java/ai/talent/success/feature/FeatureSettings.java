package ai.talent.success.feature;

/**
 * The constants of the feature definitions, in one place: the priors that smooth a short track record toward
 * the platform average (a newcomer gets the prior, not a zero), and the working hours assumed to turn a fixed
 * budget into an hourly one. Changing one changes every vector, so a model records the settings it was
 * trained with.
 *
 * @param completionPrior   success rate assumed before any finished contract
 * @param completionWeight  how many finished contracts the prior counts as
 * @param ratingPrior       client rating (1–5) assumed before any rating
 * @param ratingWeight      how many ratings the rating prior counts as; reliability is n / (n + weight)
 * @param fixedHoursPerWeek hours per week assumed when a fixed budget is spread over the project's weeks
 */
public record FeatureSettings(double completionPrior, double completionWeight, double ratingPrior,
                              double ratingWeight, double fixedHoursPerWeek) {

    public FeatureSettings {
        if (!(completionPrior > 0 && completionPrior < 1) || !(completionWeight > 0) || !(ratingPrior >= 1
                && ratingPrior <= 5) || !(ratingWeight > 0) || !(fixedHoursPerWeek > 0)) {
            throw new IllegalArgumentException("invalid feature settings: " + this);
        }
    }

    /** A 70 % prior worth 4 contracts, a 4.0-star prior worth 5 ratings, 25 hours a week for fixed budgets. */
    public static FeatureSettings defaults() {
        return new FeatureSettings(0.7, 4, 4.0, 5, 25);
    }

    /** (successes + prior · weight) / (n + weight). */
    public double smoothedRate(int successes, int n) {
        return (successes + completionPrior * completionWeight) / (n + completionWeight);
    }

    /** (sum + prior · weight) / (n + weight), on the 1–5 scale. */
    public double smoothedRating(double ratingSum, int n) {
        return (ratingSum + ratingPrior * ratingWeight) / (n + ratingWeight);
    }

    /** How far the smoothed rating can be trusted: 0 without ratings, toward 1 as they accumulate. */
    public double ratingReliability(int n) {
        return n / (n + ratingWeight);
    }
}
