package ai.talent.matching.rank;

import ai.talent.domain.model.BudgetType;

/**
 * Compares a freelancer's hourly rate with a project's budget: an hourly budget is per hour already, a fixed
 * budget is spread over the project's weeks at {@code hoursPerWeek} hours.
 */
public record Budgets(int hoursPerWeek) {

    public Budgets {
        if (hoursPerWeek < 1 || hoursPerWeek > 80) {
            throw new IllegalArgumentException("hoursPerWeek must be 1-80, was " + hoursPerWeek);
        }
    }

    /** Budget per hour in KRW. */
    public double hourly(BudgetType type, long amount, int durationWeeks) {
        return type == BudgetType.HOURLY ? amount : (double) amount / ((double) durationWeeks * hoursPerWeek);
    }

    /** The hourly budget of a query. */
    public double hourly(MatchQuery q) {
        return hourly(q.budgetType(), q.budgetKrw(), q.durationWeeks());
    }
}
