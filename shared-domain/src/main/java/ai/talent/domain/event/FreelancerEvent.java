package ai.talent.domain.event;

/** The events of the {@value Topics#FREELANCERS} topic; a consumer's switch over them is checked for completeness. */
public sealed interface FreelancerEvent extends DomainEvent permits FreelancerUpserted, FreelancerDeleted {
}
