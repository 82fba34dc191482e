package ai.talent.matching.explain;

/** The freelancer's hourly rate against the project's hourly budget, with a verdict a person can read. */
public record RateFit(long hourlyRateKrw, long hourlyBudgetKrw, double ratio, String verdict) {
}
