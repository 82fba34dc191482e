package ai.talent.domain.model;

/** Where a project is in its life: open for applications, being worked on, finished, or called off. */
public enum ProjectStatus {
    OPEN,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED
}
