package ai.talent.domain.event;

/** The events of the {@value Topics#CONTRACTS} topic; a consumer's switch over them is checked for completeness. */
public sealed interface ContractEvent extends DomainEvent permits ContractAwarded, ContractCompleted {
}
