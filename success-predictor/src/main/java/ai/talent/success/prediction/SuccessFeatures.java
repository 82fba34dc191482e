package ai.talent.success.prediction;

/**
 * The baseline model's inputs, each scaled to −1..1 with 0 for "average or unknown", and how much of the
 * evidence behind them was actually known.
 *
 * @param rating     client rating average, 3.5 stars → 0, 5 → 1, 2 → −1 (0 without ratings)
 * @param coverage   required-skill coverage by level, 0..1 mapped to −1..1 (0 when the project is unknown)
 * @param rateFit    agreed rate against the budget, 0..1 mapped to −1..1 (0 when the project is unknown)
 * @param experience completed projects on a log scale, none → −1 and 50+ → 1 (0 when the freelancer is unknown)
 * @param evidence   0..1: whether profile and project were known and how many ratings back the rating
 */
public record SuccessFeatures(double rating, double coverage, double rateFit, double experience, double evidence) {
}
