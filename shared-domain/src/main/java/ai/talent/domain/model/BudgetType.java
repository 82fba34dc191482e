package ai.talent.domain.model;

/** Whether a project's budget is a fixed price for the whole job or an hourly rate. */
public enum BudgetType {
    FIXED,
    HOURLY
}
