package ai.talent.matching.rank;

import ai.talent.domain.model.BudgetType;
import ai.talent.domain.text.TextSignals;

/**
 * Compares a freelancer's hourly rate with a project's budget: an hourly budget is per hour already, a fixed
 * budget is spread over the project's weeks at the hours its post names, else at {@code hoursPerWeek} hours.
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

    /**
     * The hourly budget of a query: a fixed budget is spread at the weekly hours its post names ("주 30시간", "20
     * hours a week", "full-time"), else at {@code hoursPerWeek}.
     */
    public double hourly(MatchQuery q) {
        if (q.budgetType() == BudgetType.HOURLY) {
            return q.budgetKrw();
        }
        int stated = TextSignals.standard().post(q.title(), q.description()).hoursPerWeek();
        return (double) q.budgetKrw() / ((double) q.durationWeeks() * (stated > 0 ? stated : hoursPerWeek));
    }
}
