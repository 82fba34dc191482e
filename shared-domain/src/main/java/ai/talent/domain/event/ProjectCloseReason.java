package ai.talent.domain.event;

/** Why a project stopped taking applications. */
public enum ProjectCloseReason {
    AWARDED,
    CANCELLED,
    EXPIRED
}
