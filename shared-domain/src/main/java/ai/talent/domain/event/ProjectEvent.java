package ai.talent.domain.event;

/** The events of the {@value Topics#PROJECTS} topic; a consumer's switch over them is checked for completeness. */
public sealed interface ProjectEvent extends DomainEvent permits ProjectPosted, ProjectUpdated, ProjectClosed {
}
